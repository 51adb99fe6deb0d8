// GET /api/articles/:id/diff?from=&to= — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { diffRevisions } from '@/lib/server/articles/diff-revisions';
import { route } from '@/lib/server/http/route';

export const GET = route('GET /api/articles/{id}/diff', async (req, { id }, read) => {
  const actor = await requireActor(req);
  const query = read.query();
  const diff = await diffRevisions({ actor, articleId: id, query });
  return diff;
});
