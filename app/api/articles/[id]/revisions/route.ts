// GET, POST /api/articles/:id/revisions — POST answers 501 until re-anchoring lands.
import { requireActor } from '@/lib/server/auth/current-actor';
import { addRevision } from '@/lib/server/articles/add-revision';
import { listRevisions } from '@/lib/server/articles/list-revisions';
import { json } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';

export const GET = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor(req);
  const revisions = await listRevisions({ actor, articleId: id });
  return json({ revisions });
});

export const POST = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor(req);
  // The body is not read: nothing would be done with it yet.
  return addRevision({ actor, articleId: id });
});
