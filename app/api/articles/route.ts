// GET, POST /api/articles — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { createArticle } from '@/lib/server/articles/create-article';
import { listArticles } from '@/lib/server/articles/list-articles';
import { isMultipart, readArticleUpload } from '@/lib/server/articles/read-article-upload';
import { route } from '@/lib/server/http/route';

export const GET = route('GET /api/articles', async (req) => {
  const actor = await requireActor(req);
  const articles = await listArticles({ actor });
  return { articles };
});

export const POST = route('POST /api/articles', async (req, _params, read) => {
  const actor = await requireActor(req);
  // A file upload and a JSON body end up as the same validated input.
  const input = isMultipart(req) ? await readArticleUpload(req) : await read.body();
  const article = await createArticle({ actor, input });
  return { article };
});
