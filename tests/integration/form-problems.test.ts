// The forms check what they send with the route's own schema (formProblems in
// components/ui/field-problems.tsx): for the same body, the problems a form
// lists before sending are exactly the field details the server's 422 gives.
import { POST as addSource } from '@/app/api/claims/[id]/sources/route';
import { POST as createUser } from '@/app/api/users/route';
import { formProblems, problemsOf } from '@/components/ui/field-problems';
import { addSourceSchema } from '@/lib/validation/claims';
import { createUserSchema } from '@/lib/validation/users';
import { createClaimAs, QUOTES, send } from './helpers/api';
import { seedWorld } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
beforeAll(async () => {
  world = await seedWorld();
});

async function serverProblems(res: Response) {
  expect(res.status).toBe(422);
  return problemsOf((await res.json()).error.details);
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

describe('a form lists the problems the server would, before sending', () => {
  it.each(SOURCES)('add a source: %s', async (_name, body) => {
    const claim = await createClaimAs(world.editor, { id: world.article.id, text: world.revision.text }, QUOTES.nine);
    const before = formProblems(addSourceSchema, body);
    expect(Object.keys(before).length).toBeGreaterThan(0);
    const res = await send(addSource, 'POST', `/api/claims/${claim.id}/sources`, { as: world.editor, body }, { id: claim.id });
    expect(await serverProblems(res)).toEqual(before);
  });

  it.each(USERS)('create an account: %s', async (_name, body) => {
    const before = formProblems(createUserSchema, body);
    expect(Object.keys(before).length).toBeGreaterThan(0);
    const res = await send(createUser, 'POST', '/api/users', { as: world.admin, body });
    expect(await serverProblems(res)).toEqual(before);
  });

  it('lists nothing for a body the server accepts', async () => {
    const body = { email: 'new.checker@example.org', name: 'New Checker', role: 'REVIEWER', password: GOOD_PASSWORD };
    expect(formProblems(createUserSchema, body)).toEqual({});
    expect((await send(createUser, 'POST', '/api/users', { as: world.admin, body })).status).toBe(201);
  });
});
