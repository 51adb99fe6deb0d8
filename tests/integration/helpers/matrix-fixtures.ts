// Fixtures for the permission matrix: a shared world for rows that only read,
// and fresh claims for rows that change state, so every row starts from the
// same situation whoever ran before it.
import { POST as createArticleRoute } from '@/app/api/articles/route';
import { POST as createUserRoute } from '@/app/api/users/route';
import { GET as listVerdictsRoute } from '@/app/api/verdicts/route';
import { approvedClaim, createClaimAs, QUOTES, readyClaimAs, sendOk, submittedClaimAs, type ArticleRef } from './api';
import { seedWorld } from './world';

export type World = Awaited<ReturnType<typeof seedWorld>>;

/** A password the account rules accept (lib/domain/password-rules.ts). */
export const GOOD_PASSWORD = 'tram lines & tea at four';

let serial = 0;
export const unique = (prefix: string) => `${prefix}-${++serial}`;

export async function matrixFixtures() {
  const world = await seedWorld();
  const article: ArticleRef = { id: world.article.id, text: world.revision.text };
  const { user: target } = await sendOk(201, createUserRoute, 'POST', '/api/users', {
    as: world.admin,
    body: { email: 'target@example.com', name: 'Target Person', role: 'EDITOR', password: GOOD_PASSWORD },
  });
  const { verdicts } = await sendOk(200, listVerdictsRoute, 'GET', '/api/verdicts', { as: world.admin });
  const shared = {
    draft: await createClaimAs(world.editor, article, QUOTES.nine, { verdict: 'false' }),
    approved: await approvedClaim(world.editor, world.reviewer, article, QUOTES.troops),
  };

  const fresh = {
    /** a DRAFT claim by the editor, with a verdict but no source */
    draft: () => createClaimAs(world.editor, article, QUOTES.nine, { verdict: 'false' }),
    /** a DRAFT claim by the editor with a source the editor added: ready to submit */
    ready: () => readyClaimAs(world.editor, article, QUOTES.wounded),
    /** an IN_REVIEW claim by `author` (the editor unless said otherwise) */
    submitted: (author = world.editor) => submittedClaimAs(author, article, QUOTES.hamrin),
    /** an article of its own, so a new revision re-anchors nobody else's claims */
    article: async (): Promise<ArticleRef> => {
      const body = { title: unique('Matrix article'), text: article.text };
      const created = await sendOk(201, createArticleRoute, 'POST', '/api/articles', { as: world.editor, body });
      return { id: created.article.id, text: article.text };
    },
  };
  return { world, article, target, verdicts, shared, fresh };
}
