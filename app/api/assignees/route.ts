// GET /api/assignees — who work can be assigned to.
import { requireActor } from '@/lib/server/auth/current-actor';
import { listAssignees } from '@/lib/server/assignments/list-assignees';
import { route } from '@/lib/server/http/route';

export const GET = route('GET /api/assignees', async (req) => {
  const actor = await requireActor(req);
  return { users: await listAssignees({ actor }) };
});
