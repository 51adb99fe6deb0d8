// GET /api/articles/:id/suggestions?limit=&threshold= — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { readQuery } from '@/lib/server/http/read-query';
import { json } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';
import { listSuggestions } from '@/lib/server/suggestions/list-suggestions';
import { suggestionsQuerySchema } from '@/lib/validation/suggestions';

export const GET = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor(req);
  const query = readQuery(req, suggestionsQuerySchema);
  const view = await listSuggestions({ actor, articleId: id, query });
  return json(view);
});
