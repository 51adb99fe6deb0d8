// GET /api/articles/:id/suggestions?limit=&threshold= — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { route } from '@/lib/server/http/route';
import { listSuggestions } from '@/lib/server/suggestions/list-suggestions';

export const GET = route('GET /api/articles/{id}/suggestions', async (req, { id }, read) => {
  const actor = await requireActor(req);
  const query = read.query();
  const view = await listSuggestions({ actor, articleId: id, query });
  return view;
});
