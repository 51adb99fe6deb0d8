// GET /api/articles/:id/publication — where it is public, if it is; POST — publish (again); DELETE — take the public page down.
import { requireActor } from '@/lib/server/auth/current-actor';
import { route } from '@/lib/server/http/route';
import { getPublication } from '@/lib/server/publication/get-publication';
import { publishArticle } from '@/lib/server/publication/publish-article';
import { unpublishArticle } from '@/lib/server/publication/unpublish-article';

export const GET = route('GET /api/articles/{id}/publication', async (req, { id }) => {
  const actor = await requireActor(req);
  return { publication: await getPublication({ actor, articleId: id, requestOrigin: req.nextUrl.origin }) };
});

export const POST = route('POST /api/articles/{id}/publication', async (req, { id }, read) => {
  const actor = await requireActor(req);
  await read.body(); // `{}` or nothing: refuses anything else before publishing
  const publication = await publishArticle({ actor, articleId: id, requestOrigin: req.nextUrl.origin });
  return { publication };
});

export const DELETE = route('DELETE /api/articles/{id}/publication', async (req, { id }) => {
  const actor = await requireActor(req);
  await unpublishArticle({ actor, articleId: id });
});
