// GET /api/articles/:id — authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { getArticle } from '@/lib/server/articles/get-article';
import { route } from '@/lib/server/http/route';

export const GET = route('GET /api/articles/{id}', async (req, { id }) => {
  const actor = await requireActor(req);
  const { article, revision, claims } = await getArticle({ actor, articleId: id });
  return { article, revision, claims };
});
