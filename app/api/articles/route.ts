// GET, POST /api/articles — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { createArticle } from '@/lib/server/articles/create-article';
import { listArticles } from '@/lib/server/articles/list-articles';
import { isMultipart, readArticleUpload } from '@/lib/server/articles/read-article-upload';
import { readJson } from '@/lib/server/http/read-body';
import { json } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';
import { createArticleSchema } from '@/lib/validation/articles';

export const GET = route(async (req) => {
  const actor = await requireActor(req);
  const articles = await listArticles({ actor });
  return json({ articles });
});

export const POST = route(async (req) => {
  const actor = await requireActor(req);
  // A file upload and a JSON body end up as the same validated input.
  const input = isMultipart(req) ? await readArticleUpload(req) : await readJson(req, createArticleSchema);
  const article = await createArticle({ actor, input });
  return json({ article }, 201);
});
