// GET /api/articles/:id/revisions/:revisionId — by id or by number; authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { getRevision } from '@/lib/server/articles/get-revision';
import { route } from '@/lib/server/http/route';

export const GET = route('GET /api/articles/{id}/revisions/{revisionId}', async (req, { id, revisionId }) => {
  const actor = await requireActor(req);
  const revision = await getRevision({ actor, articleId: id, revision: revisionId });
  return { revision };
});
