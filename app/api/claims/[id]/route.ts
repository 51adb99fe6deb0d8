// GET, PATCH, DELETE /api/claims/:id — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { deleteClaim } from '@/lib/server/claims/delete-claim';
import { getClaim } from '@/lib/server/claims/get-claim';
import { updateClaim } from '@/lib/server/claims/update-claim';
import { route } from '@/lib/server/http/route';

export const GET = route('GET /api/claims/{id}', async (req, { id }) => {
  const actor = await requireActor(req);
  const claim = await getClaim({ actor, claimId: id });
  return { claim };
});

export const PATCH = route('PATCH /api/claims/{id}', async (req, { id }, read) => {
  const actor = await requireActor(req);
  const input = await read.body();
  const claim = await updateClaim({ actor, claimId: id, input });
  return { claim };
});

export const DELETE = route('DELETE /api/claims/{id}', async (req, { id }) => {
  const actor = await requireActor(req);
  await deleteClaim({ actor, claimId: id });
});
