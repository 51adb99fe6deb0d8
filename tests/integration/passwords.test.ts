// Passwords (issue 11): a user changes their own (PATCH /api/me/password), an
// admin resets someone's (POST /api/users/:id/password-reset: a one-time
// password, shown once, that must be changed at the next sign-in).
import { GET as getMe } from '@/app/api/me/route';
import { PATCH as changePassword } from '@/app/api/me/password/route';
import { POST as resetPassword } from '@/app/api/users/[id]/password-reset/route';
import { GET as listArticles, POST as createArticle } from '@/app/api/articles/route';
import { GET as listUsers } from '@/app/api/users/route';
import { db } from '@/lib/server/db';
import { send, sendOk } from './helpers/api';
import { GOOD_PASSWORD } from './helpers/matrix-fixtures';
import { dbSnapshot } from './helpers/snapshot';
import { cookieHeader, signIn } from './helpers/next-auth';
import { params, request, seedWorld, TEST_PASSWORD } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
beforeAll(async () => {
  world = await seedWorld();
});

async function signedIn(email: string, password: string): Promise<string> {
  const res = await signIn(email, password);
  expect(res.status).toBe(200);
  return cookieHeader(res);
}

const withCookie = async (handler: typeof listArticles, method: string, path: string, cookie: string, body?: unknown, values: Record<string, string> = {}) =>
  handler(await request(method, path, { headers: { cookie }, body }), params(values));
const change = (cookie: string, body: unknown) => withCookie(changePassword, 'PATCH', '/api/me/password', cookie, body);

/** An account of its own for each test, so password changes never meet. */
let serial = 0;
async function account(role: 'EDITOR' | 'REVIEWER' = 'EDITOR') {
  const email = `pw-${++serial}@example.com`;
  const { user } = await sendOk(201, (await import('@/app/api/users/route')).POST, 'POST', '/api/users', {
    as: world.admin,
    body: { email, name: `Pat Number${serial}`, role, password: GOOD_PASSWORD },
  });
  return { ...user, email } as { id: string; email: string };
}

describe('PATCH /api/me/password', () => {
  it('changes the password: the new one signs in, the old one fails; other sessions end, this one goes on', async () => {
    const me = await account();
    const here = await signedIn(me.email, GOOD_PASSWORD);
    const elsewhere = await signedIn(me.email, GOOD_PASSWORD);
    const res = await change(here, { currentPassword: GOOD_PASSWORD, newPassword: 'a brand new passphrase' });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toMatch(/passphrase|argon2|passwordHash/);
    expect(JSON.parse(text).user).toMatchObject({ id: me.id, mustChangePassword: false });
    expect((await withCookie(listArticles, 'GET', '/api/articles', here)).status).toBe(200);
    expect((await withCookie(listArticles, 'GET', '/api/articles', elsewhere)).status).toBe(401);
    expect((await signIn(me.email, GOOD_PASSWORD)).status).toBe(401);
    expect((await signIn(me.email, 'a brand new passphrase')).status).toBe(200);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: me.id, action: 'user.password_changed' } });
    expect(`${event.before}${event.after}`).not.toMatch(/passphrase|argon2|tram lines/);
  });

  it('answers 422 naming currentPassword for a wrong current password, and counts it like a failed sign-in (429 after 5)', async () => {
    const me = await account();
    const cookie = await signedIn(me.email, GOOD_PASSWORD);
    for (let i = 0; i < 5; i++) {
      const res = await change(cookie, { currentPassword: `not it ${i}`, newPassword: 'a brand new passphrase' });
      expect(res.status).toBe(422);
      expect((await res.json()).error).toMatchObject({ code: 'INVALID', details: { currentPassword: expect.any(String) } });
    }
    expect(await db.loginAttempt.count({ where: { email: me.email, success: false } })).toBe(5);
    const limited = await change(cookie, { currentPassword: GOOD_PASSWORD, newPassword: 'a brand new passphrase' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await signIn(me.email, GOOD_PASSWORD)).status).toBe(429);
  });

  it('answers 422 naming newPassword for a password the rules refuse, or the current one again; nothing written', async () => {
    const me = await account();
    const cookie = await signedIn(me.email, GOOD_PASSWORD);
    const before = await dbSnapshot();
    const attempts = await db.loginAttempt.count();
    for (const newPassword of ['short', 'password1234', `${me.email.split('@')[0]} long passphrase`, GOOD_PASSWORD]) {
      const res = await change(cookie, { currentPassword: GOOD_PASSWORD, newPassword });
      expect([newPassword, res.status]).toEqual([newPassword, 422]);
      expect((await res.json()).error.details).toHaveProperty('newPassword');
    }
    for (const body of [
      {},
      { currentPassword: GOOD_PASSWORD },
      { currentPassword: 5, newPassword: 'a brand new passphrase' },
      { currentPassword: GOOD_PASSWORD, newPassword: 'a brand new passphrase', role: 'ADMIN' },
    ]) {
      expect((await change(cookie, body)).status).toBe(422);
    }
    expect(await dbSnapshot()).toEqual(before);
    expect(await db.loginAttempt.count()).toBe(attempts);
  });

  it('answers 401 without a session', async () => {
    expect((await send(changePassword, 'PATCH', '/api/me/password', { body: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' } })).status).toBe(401);
  });
});

describe('POST /api/users/:id/password-reset', () => {
  it("answers a one-time password once, revokes the user's sessions, and makes them change it before anything else", async () => {
    const user = await account('REVIEWER');
    const old = await signedIn(user.email, GOOD_PASSWORD);
    const res = await send(resetPassword, 'POST', `/api/users/${user.id}/password-reset`, { as: world.admin }, { id: user.id });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/no-store/);
    const { user: dto, oneTimePassword } = await res.json();
    expect(dto).toMatchObject({ id: user.id, mustChangePassword: true });
    expect(oneTimePassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    // Only its hash is kept; the audit event does not hold it either.
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: user.id, action: 'user.password_reset' } });
    expect(`${event.before}${event.after}`).not.toContain(oneTimePassword);
    expect((await withCookie(listArticles, 'GET', '/api/articles', old)).status).toBe(401);
    expect((await signIn(user.email, GOOD_PASSWORD)).status).toBe(401);

    const cookie = await signedIn(user.email, oneTimePassword);
    // Everything but the password change and their own identity: 403 PASSWORD_CHANGE_REQUIRED.
    for (const res of [await withCookie(listArticles, 'GET', '/api/articles', cookie), await withCookie(createArticle, 'POST', '/api/articles', cookie, { title: 'x', text: 'y' })]) {
      expect(res.status).toBe(403);
      expect((await res.json()).error).toMatchObject({ code: 'PASSWORD_CHANGE_REQUIRED', message: expect.stringMatching(/password/i) });
    }
    const me = await withCookie(getMe, 'GET', '/api/me', cookie);
    expect(me.status).toBe(200);
    expect((await me.json()).user).toMatchObject({ id: user.id, email: user.email, mustChangePassword: true });

    expect((await change(cookie, { currentPassword: oneTimePassword, newPassword: 'my own passphrase now' })).status).toBe(200);
    expect((await withCookie(listArticles, 'GET', '/api/articles', cookie)).status).toBe(200);
    expect((await (await withCookie(getMe, 'GET', '/api/me', cookie)).json()).user.mustChangePassword).toBe(false);
  });

  it('applies the must-change rule to admins too: a reset admin cannot list users until they change it', async () => {
    const other = await sendOk(201, (await import('@/app/api/users/route')).POST, 'POST', '/api/users', {
      as: world.admin,
      body: { email: 'second.admin@example.com', name: 'Second Admin', role: 'ADMIN', password: GOOD_PASSWORD },
    });
    const { oneTimePassword } = await sendOk(200, resetPassword, 'POST', '', { as: world.admin }, { id: other.user.id });
    const cookie = await signedIn('second.admin@example.com', oneTimePassword);
    const res = await withCookie(listUsers, 'GET', '/api/users', cookie);
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('is for admins only (403), needs a session (401), and answers 404 for an unknown user; nothing written', async () => {
    const before = await dbSnapshot();
    for (const as of [world.editor, world.reviewer]) {
      expect((await send(resetPassword, 'POST', `/api/users/${world.editor2.id}/password-reset`, { as }, { id: world.editor2.id })).status).toBe(403);
    }
    expect((await send(resetPassword, 'POST', `/api/users/${world.editor2.id}/password-reset`, {}, { id: world.editor2.id })).status).toBe(401);
    expect((await send(resetPassword, 'POST', '/api/users/nope/password-reset', { as: world.admin }, { id: 'nope' })).status).toBe(404);
    expect(await dbSnapshot()).toEqual(before);
  });
});

describe('GET /api/me', () => {
  it("answers the caller's own account, or 401", async () => {
    const { user } = await sendOk(200, getMe, 'GET', '/api/me', { as: world.editor });
    expect(user).toMatchObject({ id: world.editor.id, email: 'editor@example.com', role: 'EDITOR', mustChangePassword: false });
    expect((await send(getMe, 'GET', '/api/me')).status).toBe(401);
  });
});
