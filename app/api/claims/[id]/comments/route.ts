// GET, POST /api/claims/:id/comments — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { addComment } from '@/lib/server/comments/add-comment';
import { listComments } from '@/lib/server/comments/list-comments';
import { route } from '@/lib/server/http/route';

export const GET = route('GET /api/claims/{id}/comments', async (req, { id }) => {
  const actor = await requireActor(req);
  const comments = await listComments({ actor, claimId: id });
  return { comments };
});

export const POST = route('POST /api/claims/{id}/comments', async (req, { id }, read) => {
  const actor = await requireActor(req);
  const input = await read.body();
  const comment = await addComment({ actor, claimId: id, input });
  return { comment };
});
