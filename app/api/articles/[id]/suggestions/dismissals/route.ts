// POST /api/articles/:id/suggestions/dismissals {start, end, exact} — parse,
// authenticate, one service call, map. 201 with a new dismissal; 200 with the
// existing one when the caller had already dismissed that range (idempotent).
import { requireActor } from '@/lib/server/auth/current-actor';
import { reply, route } from '@/lib/server/http/route';
import { dismissSuggestion } from '@/lib/server/suggestions/dismiss-suggestion';

export const POST = route('POST /api/articles/{id}/suggestions/dismissals', async (req, { id }, read) => {
  const actor = await requireActor(req);
  const input = await read.body();
  const { dismissal, created } = await dismissSuggestion({ actor, articleId: id, input });
  return reply({ dismissal }, { status: created ? 201 : 200 });
});
