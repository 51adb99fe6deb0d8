// Sessions that hold (issue 11): every session cookie names a Session row made
// at sign-in; the API accepts it only while that row is live (not revoked, not
// past its absolute 12-hour lifetime) and the user is active. Sign-out, a
// password change or reset, deactivation and a role change revoke.
import { encode } from 'next-auth/jwt';
import { GET as listArticles } from '@/app/api/articles/route';
import { PATCH as updateUser } from '@/app/api/users/[id]/route';
import { db } from '@/lib/server/db';
import { send, sendOk } from './helpers/api';
import { callNextAuth, cookieHeader, signIn, signOut } from './helpers/next-auth';
import { request, params, seedWorld, TEST_PASSWORD } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
beforeAll(async () => {
  world = await seedWorld();
});

const HOUR = 60 * 60 * 1000;

/** A real sign-in through next-auth; its cookies, as a browser would keep them. */
async function signedIn(email: string, password = TEST_PASSWORD): Promise<string> {
  const res = await signIn(email, password);
  expect(res.status).toBe(200);
  return cookieHeader(res);
}

const articlesWith = async (cookie: string) => (await listArticles(await request('GET', '/api/articles', { headers: { cookie } }), params({}))).status;
const sessionOf = async (cookie: string) => (await callNextAuth('GET', '/api/auth/session', { headers: { cookie } })).json();
const tokenOf = (cookie: string) => decodeURIComponent(/next-auth\.session-token=([^;]+)/.exec(cookie)![1]);

describe('a session row per sign-in', () => {
  it('is made at sign-in with an absolute lifetime of 12 hours, never extended by polling the session', async () => {
    const before = Date.now();
    const cookie = await signedIn('editor@example.com');
    const row = await db.session.findFirstOrThrow({ where: { userId: world.editor.id }, orderBy: { createdAt: 'desc' } });
    expect(row.revokedAt).toBeNull();
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(12 * HOUR);
    expect(row.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    for (let i = 0; i < 3; i++) expect((await sessionOf(cookie)).user.email).toBe('editor@example.com');
    expect((await db.session.findUniqueOrThrow({ where: { id: row.id } })).expiresAt).toEqual(row.expiresAt);
    expect(await articlesWith(cookie)).toBe(200);
  });

  it('refuses a validly signed token that names no session (401)', async () => {
    const token = await encode({ token: { sub: world.editor.id, email: world.editor.email, name: world.editor.name, role: 'EDITOR' }, secret: process.env.NEXTAUTH_SECRET as string });
    expect(await articlesWith(`next-auth.session-token=${token}`)).toBe(401);
  });

  it('refuses a token whose session belongs to someone else (401)', async () => {
    const cookie = await signedIn('editor2@example.com');
    const row = await db.session.findFirstOrThrow({ where: { userId: world.editor2.id }, orderBy: { createdAt: 'desc' } });
    const forged = await encode({ token: { sub: world.admin.id, sid: row.id, role: 'ADMIN' }, secret: process.env.NEXTAUTH_SECRET as string });
    expect(await articlesWith(`next-auth.session-token=${forged}`)).toBe(401);
    expect(await articlesWith(cookie)).toBe(200);
  });

  it('refuses a session past its absolute lifetime, however fresh the cookie', async () => {
    const cookie = await signedIn('reviewer@example.com');
    const row = await db.session.findFirstOrThrow({ where: { userId: world.reviewer.id }, orderBy: { createdAt: 'desc' } });
    await db.session.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await articlesWith(cookie)).toBe(401);
    // next-auth's own session endpoint agrees, and clears the cookie.
    const res = await callNextAuth('GET', '/api/auth/session', { headers: { cookie } });
    expect(await res.json()).toEqual({});
  });
});

describe('what ends a session', () => {
  it('signing out revokes it: the old cookie gets 401 afterwards', async () => {
    const cookie = await signedIn('editor@example.com');
    const other = await signedIn('editor@example.com');
    expect(await articlesWith(cookie)).toBe(200);
    const res = await signOut(cookie);
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie().some((c) => /next-auth\.session-token=;/.test(c))).toBe(true);
    expect(await articlesWith(cookie)).toBe(401);
    expect(await sessionOf(cookie)).toEqual({});
    // Only that session: the same user signed in elsewhere stays signed in.
    expect(await articlesWith(other)).toBe(200);
  });

  it('deactivation revokes every session of the user, so reactivating does not revive them', async () => {
    const cookie = await signedIn('editor2@example.com');
    await sendOk(200, updateUser, 'PATCH', `/api/users/${world.editor2.id}`, { as: world.admin, body: { active: false } }, { id: world.editor2.id });
    await sendOk(200, updateUser, 'PATCH', `/api/users/${world.editor2.id}`, { as: world.admin, body: { active: true } }, { id: world.editor2.id });
    expect(await articlesWith(cookie)).toBe(401);
    expect(await articlesWith(await signedIn('editor2@example.com'))).toBe(200);
  });

  it('a role change revokes every session of the user (in the same transaction as the change and its audit event)', async () => {
    const cookie = await signedIn('editor2@example.com');
    await sendOk(200, updateUser, 'PATCH', `/api/users/${world.editor2.id}`, { as: world.admin, body: { role: 'REVIEWER' } }, { id: world.editor2.id });
    expect(await articlesWith(cookie)).toBe(401);
    expect(await db.session.count({ where: { userId: world.editor2.id, revokedAt: null } })).toBe(0);
    await sendOk(200, updateUser, 'PATCH', `/api/users/${world.editor2.id}`, { as: world.admin, body: { role: 'EDITOR' } }, { id: world.editor2.id });
  });

  it('a name change alone keeps the sessions', async () => {
    const cookie = await signedIn('editor2@example.com');
    await sendOk(200, updateUser, 'PATCH', `/api/users/${world.editor2.id}`, { as: world.admin, body: { name: 'Eddie Editor' } }, { id: world.editor2.id });
    expect(await articlesWith(cookie)).toBe(200);
  });

  it('a refused change (the last admin) revokes nothing', async () => {
    const cookie = await signedIn('admin@example.com');
    const res = await send(updateUser, 'PATCH', `/api/users/${world.admin.id}`, { as: world.admin, body: { role: 'EDITOR' } }, { id: world.admin.id });
    expect(res.status).toBe(409);
    expect(await articlesWith(cookie)).toBe(200);
  });

  it('the session cookie still names a live session after the JWT is re-issued by /api/auth/session', async () => {
    const cookie = await signedIn('reviewer@example.com');
    const res = await callNextAuth('GET', '/api/auth/session', { headers: { cookie } });
    const renewed = cookieHeader(res);
    expect(tokenOf(renewed)).not.toBe(tokenOf(cookie));
    expect(await articlesWith(renewed)).toBe(200);
  });
});
