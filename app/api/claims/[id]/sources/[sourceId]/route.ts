// DELETE /api/claims/:id/sources/:sourceId — authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { removeSource } from '@/lib/server/claims/remove-source';
import { noContent } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';

export const DELETE = route<{ id: string; sourceId: string }>(async (req, { id, sourceId }) => {
  const actor = await requireActor(req);
  await removeSource({ actor, claimId: id, sourceId });
  return noContent();
});
