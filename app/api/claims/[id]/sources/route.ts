// POST /api/claims/:id/sources — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { addSource } from '@/lib/server/claims/add-source';
import { route } from '@/lib/server/http/route';

export const POST = route('POST /api/claims/{id}/sources', async (req, { id }, read) => {
  const actor = await requireActor(req);
  const input = await read.body();
  return await addSource({ actor, claimId: id, input });
});
