// POST /api/articles/:id/suggestions/dismissals {start, end, exact} — parse,
// authenticate, one service call, map. 201 with a new dismissal; 200 with the
// existing one when the caller had already dismissed that range (idempotent).
import { requireActor } from '@/lib/server/auth/current-actor';
import { readJson } from '@/lib/server/http/read-body';
import { json } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';
import { dismissSuggestion } from '@/lib/server/suggestions/dismiss-suggestion';
import { dismissSuggestionSchema } from '@/lib/validation/suggestions';

export const POST = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor(req);
  const input = await readJson(req, dismissSuggestionSchema);
  const { dismissal, created } = await dismissSuggestion({ actor, articleId: id, input });
  return json({ dismissal }, created ? 201 : 200);
});
