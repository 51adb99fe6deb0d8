// GET, PUT /api/verdicts — parse, authenticate, one service call, map.
import { authorize } from '@/lib/server/auth/authorize';
import { requireActor } from '@/lib/server/auth/current-actor';
import { route } from '@/lib/server/http/route';
import { listVerdicts } from '@/lib/server/verdicts/list-verdicts';
import { replaceVerdicts } from '@/lib/server/verdicts/replace-verdicts';

export const GET = route('GET /api/verdicts', async (req) => {
  const actor = await requireActor(req);
  const verdicts = await listVerdicts({ actor });
  return { verdicts };
});

export const PUT = route('PUT /api/verdicts', async (req, _params, read) => {
  const actor = await requireActor(req);
  // A role that may never do this hears so before its body is judged.
  authorize(actor, 'verdicts:manage');
  const input = await read.body();
  const verdicts = await replaceVerdicts({ actor, input });
  return { verdicts };
});
