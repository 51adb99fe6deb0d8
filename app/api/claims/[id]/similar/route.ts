// GET /api/claims/:id/similar?limit=&threshold= — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { findSimilarClaims } from '@/lib/server/claim-search/find-similar-claims';
import { route } from '@/lib/server/http/route';

export const GET = route('GET /api/claims/{id}/similar', async (req, { id }, read) => {
  const actor = await requireActor(req);
  const query = read.query();
  return await findSimilarClaims({ actor, claimId: id, query });
});
