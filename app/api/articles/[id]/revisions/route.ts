// GET, POST /api/articles/:id/revisions — parse, authenticate, one service call, map.
import { requireActor } from '@/lib/server/auth/current-actor';
import { addRevision } from '@/lib/server/articles/add-revision';
import { listRevisions } from '@/lib/server/articles/list-revisions';
import { readJson } from '@/lib/server/http/read-body';
import { json } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';
import { addRevisionSchema } from '@/lib/validation/revisions';

export const GET = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor(req);
  const revisions = await listRevisions({ actor, articleId: id });
  return json({ revisions });
});

export const POST = route<{ id: string }>(async (req, { id }) => {
  const actor = await requireActor(req);
  const input = await readJson(req, addRevisionSchema);
  const { revision, reanchored } = await addRevision({ actor, articleId: id, input });
  return json({ revision, reanchored }, 201);
});
