// GET /api/articles/:id/comments — authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { listArticleComments } from '@/lib/server/comments/list-article-comments';
import { route } from '@/lib/server/http/route';

export const GET = route('GET /api/articles/{id}/comments', async (req, { id }) => {
  const actor = await requireActor(req);
  return { comments: await listArticleComments({ actor, articleId: id }) };
});
