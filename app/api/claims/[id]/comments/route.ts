// GET, POST /api/claims/:id/comments — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { addComment } from '@/lib/server/comments/add-comment';
import { listComments } from '@/lib/server/comments/list-comments';
import { readJson } from '@/lib/server/http/read-body';
import { json } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';
import { addCommentSchema } from '@/lib/validation/comments';

export const GET = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor(req);
  const comments = await listComments({ actor, claimId: id });
  return json({ comments });
});

export const POST = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor(req);
  const input = await readJson(req, addCommentSchema);
  const comment = await addComment({ actor, claimId: id, input });
  return json({ comment }, 201);
});
