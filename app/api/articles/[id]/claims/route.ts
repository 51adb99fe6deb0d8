// POST /api/articles/:id/claims — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { createClaim } from '@/lib/server/claims/create-claim';
import { readJson } from '@/lib/server/http/read-body';
import { json } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';
import { createClaimSchema } from '@/lib/validation/claims';

export const POST = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor(req);
  const input = await readJson(req, createClaimSchema);
  const claim = await createClaim({ actor, articleId: id, input });
  return json({ claim }, 201);
});
