// The demo story end to end, over the HTTP handlers only: an editor checks a
// claim in the sample article, a reviewer approves it, and the published
// report shows it.
import { POST as createClaim } from '@/app/api/articles/[id]/claims/route';
import { GET as getArticle } from '@/app/api/articles/[id]/route';
import { GET as exportArticle } from '@/app/api/articles/[id]/export/route';
import { PATCH as updateClaim } from '@/app/api/claims/[id]/route';
import { POST as addSource } from '@/app/api/claims/[id]/sources/route';
import { POST as submit } from '@/app/api/claims/[id]/submit/route';
import { POST as review } from '@/app/api/claims/[id]/review/route';
import { GET as history } from '@/app/api/claims/[id]/history/route';
import { GET as reviewQueue } from '@/app/api/review-queue/route';
import { QUOTES, selectionOf, send, sendOk } from './helpers/api';
import { seedWorld } from './helpers/world';

it('editor claims, sources, rates and submits; reviewer approves; the published export shows it', async () => {
  const world = await seedWorld();
  const articleId = world.article.id;
  const { revision } = await sendOk(200, getArticle, 'GET', `/api/articles/${articleId}`, { as: world.editor }, { id: articleId });

  const { claim: created } = await sendOk(
    201,
    createClaim,
    'POST',
    `/api/articles/${articleId}/claims`,
    { as: world.editor, body: { selector: selectionOf(revision.text, QUOTES.nine) } },
    { id: articleId },
  );
  const id = created.id;
  await sendOk(
    201,
    addSource,
    'POST',
    `/api/claims/${id}/sources`,
    { as: world.editor, body: { url: 'https://www.centcom.mil/MEDIA/STATEMENTS/', title: 'Iraqi Joint Operations Command statement' } },
    { id },
  );
  const { claim: rated } = await sendOk(
    200,
    updateClaim,
    'PATCH',
    `/api/claims/${id}`,
    { as: world.editor, body: { version: 2, verdict: 'half-true', rationale: 'The JOC counted nine; CENTCOM said "several".' } },
    { id },
  );
  expect(rated).toMatchObject({ version: 3, verdict: { key: 'half-true', label: 'Half true' } });
  const { claim: submitted } = await sendOk(200, submit, 'POST', `/api/claims/${id}/submit`, { as: world.editor, body: { version: 3 } }, { id });
  expect(submitted.status).toBe('IN_REVIEW');

  // Not yet approved: the published report must not show it.
  const early = await (await send(exportArticle, 'GET', `/api/articles/${articleId}/export?format=html`, { as: world.editor }, { id: articleId })).text();
  expect(early).not.toContain('The JOC counted nine');

  const { claims: queue } = await sendOk(200, reviewQueue, 'GET', '/api/review-queue', { as: world.reviewer });
  expect(queue.map((c: { id: string }) => c.id)).toEqual([id]);
  const { claim: approved, review: verdict } = await sendOk(200, review, 'POST', `/api/claims/${id}/review`, { as: world.reviewer, body: { decision: 'approve' } }, { id });
  expect(approved.status).toBe('APPROVED');
  expect(verdict).toMatchObject({ decision: 'APPROVE', claimVersion: 4 });

  const res = await send(exportArticle, 'GET', `/api/articles/${articleId}/export?format=html&scope=published`, { as: world.editor }, { id: articleId });
  expect(res.status).toBe(200);
  const html = await res.text();
  expect(html).toContain(QUOTES.nine);
  expect(html).toContain('Half true');
  expect(html).toContain('The JOC counted nine; CENTCOM said &quot;several&quot;.');
  expect(html).toContain(`Approved by ${world.reviewer.name}`);

  const { events } = await sendOk(200, history, 'GET', `/api/claims/${id}/history`, { as: world.editor }, { id });
  expect(events.map((e: { action: string }) => e.action)).toEqual(['claim.created', 'source.added', 'claim.updated', 'claim.submitted', 'claim.approved']);
});
