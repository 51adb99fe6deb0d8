// GET, PUT /api/verdicts — parse, authenticate, one service call, map.
import { authorize } from '@/lib/server/auth/authorize';
import { requireActor } from '@/lib/server/auth/current-actor';
import { readJson } from '@/lib/server/http/read-body';
import { json } from '@/lib/server/http/responses';
import { route } from '@/lib/server/http/route';
import { listVerdicts } from '@/lib/server/verdicts/list-verdicts';
import { replaceVerdicts } from '@/lib/server/verdicts/replace-verdicts';
import { replaceVerdictsSchema } from '@/lib/validation/verdicts';

export const GET = route(async (req) => {
  const actor = await requireActor(req);
  const verdicts = await listVerdicts({ actor });
  return json({ verdicts });
});

export const PUT = route(async (req) => {
  const actor = await requireActor(req);
  // A role that may never do this hears so before its body is judged.
  authorize(actor, 'verdicts:manage');
  const input = await readJson(req, replaceVerdictsSchema);
  const verdicts = await replaceVerdicts({ actor, input });
  return json({ verdicts });
});
