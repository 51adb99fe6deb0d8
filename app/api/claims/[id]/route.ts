// GET, PATCH, DELETE /api/claims/:id — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { deleteClaim } from '@/lib/server/claims/delete-claim';
import { getClaim } from '@/lib/server/claims/get-claim';
import { updateClaim } from '@/lib/server/claims/update-claim';
import { readJson } from '@/lib/server/http/read-body';
import { json, noContent } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';
import { updateClaimSchema } from '@/lib/validation/claims';

export const GET = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor(req);
  const claim = await getClaim({ actor, claimId: id });
  return json({ claim });
});

export const PATCH = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor(req);
  const input = await readJson(req, updateClaimSchema);
  const claim = await updateClaim({ actor, claimId: id, input });
  return json({ claim });
});

export const DELETE = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor(req);
  await deleteClaim({ actor, claimId: id });
  return noContent();
});
