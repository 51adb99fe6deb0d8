// POST /api/claims/:id/sources — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { addSource } from '@/lib/server/claims/add-source';
import { readJson } from '@/lib/server/http/read-body';
import { json } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';
import { addSourceSchema } from '@/lib/validation/claims';

export const POST = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor(req);
  const input = await readJson(req, addSourceSchema);
  return json(await addSource({ actor, claimId: id, input }), 201);
});
