// GET /api/articles/:id/export?format=&scope=&disposition= — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { exportArticle } from '@/lib/server/export/export-article';
import { fileResponse } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';

export const GET = route('GET /api/articles/{id}/export', async (req, { id }, read) => {
  const actor = await requireActor(req);
  const { format, scope, disposition } = read.query();
  const file = await exportArticle({ actor, articleId: id, format, scope, disposition, requestOrigin: req.nextUrl.origin });
  return fileResponse(file.body, file.contentType, file.filename, file.disposition);
});
