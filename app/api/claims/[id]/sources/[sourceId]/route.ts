// PATCH, DELETE /api/claims/:id/sources/:sourceId — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { removeSource } from '@/lib/server/claims/remove-source';
import { updateSource } from '@/lib/server/claims/update-source';
import { route } from '@/lib/server/http/route';

export const PATCH = route('PATCH /api/claims/{id}/sources/{sourceId}', async (req, { id, sourceId }, read) => {
  const actor = await requireActor(req);
  const input = await read.body();
  return await updateSource({ actor, claimId: id, sourceId, input });
});

export const DELETE = route('DELETE /api/claims/{id}/sources/{sourceId}', async (req, { id, sourceId }) => {
  const actor = await requireActor(req);
  await removeSource({ actor, claimId: id, sourceId });
});
