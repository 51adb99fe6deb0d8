// Forms send through api(key, { body, validate: <the route's schema> }): a body
// the server would refuse is refused in the browser with the very error its
// 422 gives (status, code, message, details by field), and no request leaves.
// Each bad body is sent both ways and the two refusals compared.
import { POST as addSource } from '@/app/api/claims/[id]/sources/route';
import { POST as createUser } from '@/app/api/users/route';
import { api, ApiError } from '@/lib/api-client';
import { addSourceSchema } from '@/lib/validation/claims';
import { createUserSchema } from '@/lib/validation/users';
import { createClaimAs, QUOTES, send } from './helpers/api';
import { seedWorld } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
beforeAll(async () => {
  world = await seedWorld();
});

/** The refusal api() makes before sending, as the API's error shape. */
async function localRefusal(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  const { status, code, message, details } = error as ApiError;
  return { status, body: { error: { code, message, details } } };
}

async function serverRefusal(res: Response) {
  return { status: res.status, body: await res.json() };
}

const SOURCES: [string, Record<string, unknown>][] = [
  ['a javascript: link', { url: 'javascript:alert(1)' }],
  ['no URL', { url: '' }],
  ['a quote over 10,000 characters', { url: 'https://example.org/a', quote: 'q'.repeat(10_001) }],
  ['a date that is not one', { url: 'https://example.org/a', accessedAt: 'last tuesday' }],
  ['three fields wrong at once', { url: 'ftp://example.org/a', title: 't'.repeat(501), publisher: 'p'.repeat(301) }],
];

const GOOD_PASSWORD = 'a long enough passphrase here';
const USERS: [string, Record<string, unknown>][] = [
  ['not an e-mail address', { email: 'not an address', name: 'Sam', role: 'EDITOR', password: GOOD_PASSWORD }],
  ['a blank name', { email: 'sam@example.org', name: ' ', role: 'EDITOR', password: GOOD_PASSWORD }],
  ['a short password', { email: 'sam@example.org', name: 'Sam', role: 'EDITOR', password: 'short' }],
  ['a password holding the e-mail', { email: 'sam@example.org', name: 'Sam', role: 'EDITOR', password: 'sam@example.org is mine' }],
  ['a role that does not exist', { email: 'sam@example.org', name: 'Sam', role: 'OWNER', password: GOOD_PASSWORD }],
];

describe('a form refuses, before sending, what the server would refuse, in the same words', () => {
  it.each(SOURCES)('add a source: %s', async (_name, body) => {
    const claim = await createClaimAs(world.editor, { id: world.article.id, text: world.revision.text }, QUOTES.nine);
    const local = await localRefusal(api('POST /api/claims/{id}/sources', { params: { id: claim.id }, body: body as never, validate: addSourceSchema }));
    const server = await serverRefusal(await send(addSource, 'POST', `/api/claims/${claim.id}/sources`, { as: world.editor, body }, { id: claim.id }));
    expect(server.status).toBe(422);
    expect(local).toEqual(server);
  });

  it.each(USERS)('create an account: %s', async (_name, body) => {
    const local = await localRefusal(api('POST /api/users', { body: body as never, validate: createUserSchema }));
    const server = await serverRefusal(await send(createUser, 'POST', '/api/users', { as: world.admin, body }));
    expect(server.status).toBe(422);
    expect(local).toEqual(server);
  });

  it('lets a body the server accepts go on to the network', async () => {
    const body = { email: 'new.checker@example.org', name: 'New Checker', role: 'REVIEWER' as const, password: GOOD_PASSWORD };
    // No server answers a relative address in Node: getting that far means the check passed.
    await expect(api('POST /api/users', { body, validate: createUserSchema })).rejects.toMatchObject({ code: 'NETWORK' });
    expect((await send(createUser, 'POST', '/api/users', { as: world.admin, body })).status).toBe(201);
  });
});
