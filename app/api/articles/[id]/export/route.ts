// GET /api/articles/:id/export?format=&scope= — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { exportArticle } from '@/lib/server/export/export-article';
import { attachment } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';

export const GET = route('GET /api/articles/{id}/export', async (req, { id }, read) => {
  const actor = await requireActor(req);
  const { format, scope } = read.query();
  const file = await exportArticle({ actor, articleId: id, format, scope, requestOrigin: req.nextUrl.origin });
  return attachment(file.body, file.contentType, file.filename);
});
