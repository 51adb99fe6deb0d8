// GET, POST /api/articles/:id/revisions — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { addRevision } from '@/lib/server/articles/add-revision';
import { listRevisions } from '@/lib/server/articles/list-revisions';
import { route } from '@/lib/server/http/route';

export const GET = route('GET /api/articles/{id}/revisions', async (req, { id }) => {
  const actor = await requireActor(req);
  const revisions = await listRevisions({ actor, articleId: id });
  return { revisions };
});

export const POST = route('POST /api/articles/{id}/revisions', async (req, { id }, read) => {
  const actor = await requireActor(req);
  const input = await read.body();
  const { revision, reanchored } = await addRevision({ actor, articleId: id, input });
  return { revision, reanchored };
});
