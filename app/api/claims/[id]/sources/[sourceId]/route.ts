// PATCH, DELETE /api/claims/:id/sources/:sourceId — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { removeSource } from '@/lib/server/claims/remove-source';
import { updateSource } from '@/lib/server/claims/update-source';
import { readJson } from '@/lib/server/http/read-body';
import { json, noContent } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';
import { updateSourceSchema } from '@/lib/validation/claims';

export const PATCH = route<{ id: string; sourceId: string }>(async (req, { id, sourceId }) => {
  const actor = await requireActor(req);
  const input = await readJson(req, updateSourceSchema);
  return json(await updateSource({ actor, claimId: id, sourceId, input }));
});

export const DELETE = route<{ id: string; sourceId: string }>(async (req, { id, sourceId }) => {
  const actor = await requireActor(req);
  await removeSource({ actor, claimId: id, sourceId });
  return noContent();
});
