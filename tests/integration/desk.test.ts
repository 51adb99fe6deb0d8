// The desk (issue 16), as getDesk reads it for the home page: what waits for
// each person, every article's progress, the approved verdicts and the week's
// review turnaround, on a real database.
import { POST as createArticle } from '@/app/api/articles/route';
import { PUT as assignClaimRoute } from '@/app/api/claims/[id]/assignment/route';
import { getDesk } from '@/lib/server/desk/get-desk';
import { createClaimAs, QUOTES, readyClaimAs, reviewAs, sendOk, submitAs, type ArticleRef } from './helpers/api';
import { seedWorld } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
let article: ArticleRef;
beforeAll(async () => {
  world = await seedWorld();
  const { article: created } = await sendOk(201, createArticle, 'POST', '/api/articles', { as: world.editor, body: { title: 'Desk article', text: world.revision.text } });
  article = { id: created.id, text: world.revision.text };
});

it('gives each person what waits for them, the articles’ progress, the verdicts and the turnaround', async () => {
  const sentBack = await readyClaimAs(world.editor, article, QUOTES.nine);
  await submitAs(world.editor, sentBack.id);
  await reviewAs(world.reviewer, sentBack.id, { decision: 'request_changes', comment: 'Which statement?' });
  const approved = await readyClaimAs(world.editor, article, QUOTES.troops, 'true');
  await submitAs(world.editor, approved.id);
  await reviewAs(world.reviewer, approved.id, { decision: 'approve' });
  const waiting = await readyClaimAs(world.editor, article, QUOTES.wounded);
  await submitAs(world.editor, waiting.id);
  const draft = await createClaimAs(world.editor, article, QUOTES.hamrin);
  await sendOk(200, assignClaimRoute, 'PUT', `/api/claims/${draft.id}/assignment`, { as: world.reviewer, body: { editorId: world.editor2.id, reviewerId: world.reviewer.id } }, { id: draft.id });

  const editor = await getDesk({ actor: world.editor });
  expect(editor.mine.sentBack.map((c) => c.id)).toEqual([sentBack.id]);
  expect(editor.mine.drafts.map((c) => c.id)).toEqual([draft.id]);
  expect(editor.mine.assigned).toEqual([]);
  expect(editor.review).toBeNull();
  expect(editor.articles.find((a) => a.id === article.id)).toEqual({ id: article.id, title: 'Desk article', total: 4, counts: { DRAFT: 1, IN_REVIEW: 1, CHANGES_REQUESTED: 1, APPROVED: 1 } });
  expect(editor.verdicts).toEqual([expect.objectContaining({ key: 'true', count: 1 })]);
  const thisWeek = editor.turnaround.at(-1)!;
  expect(thisWeek.decisions).toBe(2);
  expect(thisWeek.medianHours).toBeGreaterThanOrEqual(0);
  expect(editor.turnaround).toHaveLength(8);

  const editor2 = await getDesk({ actor: world.editor2 });
  expect(editor2.mine.assigned.map((c) => c.id)).toEqual([draft.id]);

  const reviewer = await getDesk({ actor: world.reviewer });
  expect(reviewer.review).toMatchObject({ waiting: 1, assignedToMe: 0, oldest: { id: waiting.id, quote: QUOTES.wounded } });
});
