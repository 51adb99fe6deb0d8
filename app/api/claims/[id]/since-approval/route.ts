// GET /api/claims/:id/since-approval — authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { getSinceApproval } from '@/lib/server/claims/get-since-approval';
import { json } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';

export const GET = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor(req);
  return json(await getSinceApproval({ actor, claimId: id }));
});
