// GET /api/articles/:id/export?format=&scope= — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { exportArticle } from '@/lib/server/export/export-article';
import { readQuery } from '@/lib/server/http/read-query';
import { attachment } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';
import { exportQuerySchema } from '@/lib/validation/export';

export const GET = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor(req);
  const { format, scope } = readQuery(req, exportQuerySchema);
  const file = await exportArticle({ actor, articleId: id, format, scope, requestOrigin: req.nextUrl.origin });
  return attachment(file.body, file.contentType, file.filename);
});
