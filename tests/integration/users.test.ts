import { GET, POST } from '@/app/api/users/route';
import { PATCH } from '@/app/api/users/[id]/route';
import { GET as listArticles } from '@/app/api/articles/route';
import { checkCredentials } from '@/lib/server/auth/check-credentials';
import { db } from '@/lib/server/db';
import { errorResponse } from '@/lib/server/http/responses';
import { send, sendOk } from './helpers/api';
import { dbSnapshot } from './helpers/snapshot';
import { seedWorld } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
beforeAll(async () => {
  world = await seedWorld();
});

const newUser = { email: 'New.Checker@Example.com', name: 'Nia Checker', role: 'REVIEWER', password: 'a long enough passphrase' };

describe('GET /api/users', () => {
  it('lists accounts for an admin, never with a password hash', async () => {
    const res = await send(GET, 'GET', '/api/users', { as: world.admin });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toMatch(/passwordHash|argon2/);
    const { users } = JSON.parse(text);
    expect(users.map((u: { email: string }) => u.email).sort()).toEqual(['admin@example.com', 'editor2@example.com', 'editor@example.com', 'reviewer@example.com']);
    expect(users[0]).toEqual({
      id: expect.any(String),
      email: expect.any(String),
      name: expect.any(String),
      role: expect.any(String),
      active: true,
      mustChangePassword: false,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
  });

  it('answers 403 for editors and reviewers and 401 without a session', async () => {
    expect((await send(GET, 'GET', '/api/users', { as: world.editor })).status).toBe(403);
    expect((await send(GET, 'GET', '/api/users', { as: world.reviewer })).status).toBe(403);
    expect((await send(GET, 'GET', '/api/users')).status).toBe(401);
  });
});

describe('POST /api/users', () => {
  it('creates an account with a hashed password that can sign in; audited without the password', async () => {
    const res = await send(POST, 'POST', '/api/users', { as: world.admin, body: newUser });
    expect(res.status).toBe(201);
    const text = await res.text();
    expect(text).not.toMatch(/passwordHash|passphrase/);
    const { user } = JSON.parse(text);
    expect(user).toMatchObject({ email: 'new.checker@example.com', name: 'Nia Checker', role: 'REVIEWER', active: true });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await checkCredentials('new.checker@example.com', newUser.password, 'direct')).toMatchObject({ id: user.id, role: 'REVIEWER' });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: user.id, action: 'user.created' } });
    expect(`${event.before}${event.after}`).not.toMatch(/passphrase|argon2/);
  });

  it('answers 409 for an e-mail already in use (any case), writing nothing', async () => {
    const before = await dbSnapshot();
    const res = await send(POST, 'POST', '/api/users', { as: world.admin, body: { ...newUser, email: 'EDITOR@example.com' } });
    expect(res.status).toBe(409);
    expect((await res.json()).error).toMatchObject({ code: 'CONFLICT', details: { email: expect.any(String) } });
    expect(await dbSnapshot()).toEqual(before);
  });

  it('maps a unique-constraint violation that slips past the check (a race) to 409, not 500', async () => {
    const error = await db.user.create({ data: { email: 'editor@example.com', name: 'Dup', passwordHash: 'x' } }).catch((e: unknown) => e);
    const res = errorResponse(error);
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe('CONFLICT');
  });

  it('answers 422 naming the field for short passwords, bad e-mails, unknown roles and missing names', async () => {
    const before = await dbSnapshot();
    const cases: [unknown, string][] = [
      [{ ...newUser, email: 'x1@example.com', password: 'short' }, 'password'],
      [{ ...newUser, email: 'not-an-email' }, 'email'],
      [{ ...newUser, email: 'x2@example.com', role: 'OWNER' }, 'role'],
      [{ ...newUser, email: 'x3@example.com', name: '  ' }, 'name'],
      [{ ...newUser, email: 'x4@example.com', passwordHash: 'x' }, 'passwordHash'],
    ];
    for (const [body, field] of cases) {
      const res = await send(POST, 'POST', '/api/users', { as: world.admin, body });
      expect(res.status).toBe(422);
      expect((await res.json()).error.details).toHaveProperty([field]);
    }
    expect(await dbSnapshot()).toEqual(before);
  });

  it('answers 422 with details.password for passwords the rules refuse (lib/domain/password-rules.ts)', async () => {
    const before = await dbSnapshot();
    const cases: [string, RegExp][] = [
      ['eleven char', /at least 12 characters/],
      ['Password1234!', /too common/],
      ['nia checker rocks 2024', /name or e-mail/],
      ['I am new.checker here', /name or e-mail/],
      ['x'.repeat(200) + 'y'.repeat(57), /at most 256 characters/],
    ];
    for (const [password, problem] of cases) {
      const res = await send(POST, 'POST', '/api/users', { as: world.admin, body: { ...newUser, email: 'rules@example.com', password } });
      expect(res.status).toBe(422);
      expect((await res.json()).error.details.password).toMatch(problem);
    }
    expect(await dbSnapshot()).toEqual(before);
  });

  it('answers 403 for non-admins and 401 without a session, writing nothing', async () => {
    const before = await dbSnapshot();
    const body = { ...newUser, email: 'sneaky@example.com', role: 'ADMIN' };
    expect((await send(POST, 'POST', '/api/users', { as: world.editor, body })).status).toBe(403);
    expect((await send(POST, 'POST', '/api/users', { as: world.reviewer, body })).status).toBe(403);
    expect((await send(POST, 'POST', '/api/users', { body })).status).toBe(401);
    expect(await dbSnapshot()).toEqual(before);
  });
});

describe('PATCH /api/users/:id', () => {
  const path = (id: string) => `/api/users/${id}`;

  it('changes role and name; deactivation locks the account out at its next request', async () => {
    const { user } = await sendOk(200, PATCH, 'PATCH', path(world.editor2.id), { as: world.admin, body: { role: 'REVIEWER', name: 'Eddie Reviewer' } }, { id: world.editor2.id });
    expect(user).toMatchObject({ id: world.editor2.id, role: 'REVIEWER', name: 'Eddie Reviewer', active: true });
    expect(user).not.toHaveProperty('passwordHash');
    await sendOk(200, PATCH, 'PATCH', path(world.editor2.id), { as: world.admin, body: { active: false } }, { id: world.editor2.id });
    expect((await send(listArticles, 'GET', '/api/articles', { as: world.editor2 })).status).toBe(401);
    await sendOk(200, PATCH, 'PATCH', path(world.editor2.id), { as: world.admin, body: { active: true, role: 'EDITOR', name: 'Eddie Editor' } }, { id: world.editor2.id });
    expect(await db.auditEvent.count({ where: { entityId: world.editor2.id, action: 'user.updated' } })).toBe(3);
  });

  it('answers 409 when the last active admin would be demoted or deactivated', async () => {
    const before = await dbSnapshot();
    for (const body of [{ role: 'EDITOR' }, { active: false }]) {
      const res = await send(PATCH, 'PATCH', path(world.admin.id), { as: world.admin, body }, { id: world.admin.id });
      expect(res.status).toBe(409);
    }
    expect(await dbSnapshot()).toEqual(before);
  });

  it('answers 403 for non-admins, 401, 404 for an unknown user, 422 for bad fields; nothing changes', async () => {
    const before = await dbSnapshot();
    expect((await send(PATCH, 'PATCH', path(world.editor.id), { as: world.editor, body: { role: 'ADMIN' } }, { id: world.editor.id })).status).toBe(403);
    expect((await send(PATCH, 'PATCH', path(world.editor.id), { as: world.reviewer, body: { active: false } }, { id: world.editor.id })).status).toBe(403);
    expect((await send(PATCH, 'PATCH', path(world.editor.id), { body: { active: false } }, { id: world.editor.id })).status).toBe(401);
    expect((await send(PATCH, 'PATCH', path('nope'), { as: world.admin, body: { active: false } }, { id: 'nope' })).status).toBe(404);
    const cases: [unknown, string][] = [
      [{ active: 'no' }, 'active'],
      [{ role: 'ROOT' }, 'role'],
      [{ email: 'x@example.com' }, 'email'],
    ];
    for (const [body, field] of cases) {
      const res = await send(PATCH, 'PATCH', path(world.editor.id), { as: world.admin, body }, { id: world.editor.id });
      expect(res.status).toBe(422);
      expect((await res.json()).error.details).toHaveProperty([field]);
    }
    expect(await dbSnapshot()).toEqual(before);
  });
});
