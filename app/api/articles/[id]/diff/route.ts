// GET /api/articles/:id/diff?from=&to= — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { diffRevisions } from '@/lib/server/articles/diff-revisions';
import { readQuery } from '@/lib/server/http/read-query';
import { json } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';
import { diffQuerySchema } from '@/lib/validation/revisions';

export const GET = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor(req);
  const query = readQuery(req, diffQuerySchema);
  const diff = await diffRevisions({ actor, articleId: id, query });
  return json(diff);
});
