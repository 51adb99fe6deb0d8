// GET /api/claims/:id/similar?limit=&threshold= — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { findSimilarClaims } from '@/lib/server/claim-search/find-similar-claims';
import { readQuery } from '@/lib/server/http/read-query';
import { json } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';
import { similarQuerySchema } from '@/lib/validation/similar';

export const GET = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor(req);
  const query = readQuery(req, similarQuerySchema);
  return json(await findSimilarClaims({ actor, claimId: id, query }));
});
