// A role that may never do an action is told 403 before its body is looked
// at: an editor probing the verdict scale or the user list learns nothing from
// validation messages, and gets the answer that is true whatever it sends.
import type { NextRequest } from 'next/server';
import * as review from '@/app/api/claims/[id]/review/route';
import * as users from '@/app/api/users/route';
import * as user from '@/app/api/users/[id]/route';
import * as verdicts from '@/app/api/verdicts/route';
import { QUOTES, send, submittedClaimAs } from './helpers/api';
import { everyRow } from './helpers/snapshot';
import { seedWorld } from './helpers/world';

type Handler = (req: NextRequest, ctx: { params: Promise<any> }) => Promise<Response>;

let world: Awaited<ReturnType<typeof seedWorld>>;
beforeAll(async () => {
  world = await seedWorld();
});

const BAD_BODIES: unknown[] = [{ verdicts: [] }, {}, { decision: 'maybe' }, [], 'not json'];

describe('403 before 422 for a role that may never act', () => {
  const cases: [string, 'editor' | 'reviewer', Handler, string, () => Promise<Record<string, string>>][] = [
    ['PUT /api/verdicts', 'editor', verdicts.PUT, 'PUT', async () => ({})],
    ['PUT /api/verdicts', 'reviewer', verdicts.PUT, 'PUT', async () => ({})],
    ['POST /api/users', 'editor', users.POST, 'POST', async () => ({})],
    ['POST /api/users', 'reviewer', users.POST, 'POST', async () => ({})],
    ['PATCH /api/users/:id', 'editor', user.PATCH, 'PATCH', async () => ({ id: world.editor2.id })],
    ['POST /api/claims/:id/review', 'editor', review.POST, 'POST', async () => ({ id: (await submittedClaimAs(world.editor2, { id: world.article.id, text: world.revision.text }, QUOTES.nine)).id })],
  ];

  it.each(cases)('%s as %s answers 403 FORBIDDEN for any body, writing nothing', async (_name, who, handler, method, values) => {
    const params = await values();
    const before = await everyRow();
    for (const body of BAD_BODIES) {
      const res = await send(
        handler,
        method,
        '/api/x',
        typeof body === 'string' ? { as: world[who], rawBody: body, headers: { 'content-type': 'application/json' } } : { as: world[who], body },
        params,
      );
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe('FORBIDDEN');
    }
    expect(await everyRow()).toEqual(before);
  });

  it('an admin with the same bad body still hears what is wrong with it (422)', async () => {
    const res = await send(verdicts.PUT, 'PUT', '/api/verdicts', { as: world.admin, body: { verdicts: [] } });
    expect(res.status).toBe(422);
  });
});
