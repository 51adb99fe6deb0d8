// decodeSessionToken (lib/server/auth/decode-session-token.ts) against
// next-auth's own getToken, request by request: cookies next-auth issued (its
// encode, and a real sign-in through the credentials route) decode to the same
// token; expired, tampered, wrong-secret, chunked, __Secure- and Bearer tokens
// each come out as getToken has them; and the key is derived once per secret,
// where getToken derives it on every call.
import path from 'node:path';
import { encode, getToken } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import { GET as listArticles } from '@/app/api/articles/route';
import { decodeSessionToken, type SessionTokenRequest } from '@/lib/server/auth/decode-session-token';
import { cookieHeader, signIn } from './helpers/next-auth';
import { params, seedWorld, sessionCookie, TEST_PASSWORD, type TestUser } from './helpers/world';

// Counts key derivations, by whoever asks (next-auth shares this module).
jest.mock('@panva/hkdf', () => {
  const actual = jest.requireActual('@panva/hkdf');
  const hkdf = jest.fn(actual.default);
  return { __esModule: true, default: hkdf, hkdf };
});
// eslint-disable-next-line @typescript-eslint/no-require-imports
const hkdfCalls = () => (require('@panva/hkdf').default as jest.Mock).mock.calls.length;

// next-auth's own cookie chunking (what its route handler does with a token over ~4 KB); not in its exports map.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SessionStore } = require(path.join(path.dirname(require.resolve('next-auth/jwt')), '..', 'core', 'lib', 'cookie.js')) as {
  SessionStore: new (
    option: { name: string; options: object },
    req: { cookies: object; headers: object },
    logger: { debug(): void },
  ) => { chunk(value: string, options: object): { name: string; value: string }[] };
};

const secret = () => process.env.NEXTAUTH_SECRET as string;
let editor: TestUser;

beforeAll(async () => {
  editor = (await seedWorld()).editor;
});

/** Both decoders on the same request: they must agree. Returns what they found. */
async function both(req: SessionTokenRequest, key = secret()) {
  const expected = await getToken({ req: req as unknown as NextRequest, secret: key });
  const actual = await decodeSessionToken(req, key);
  expect(actual).toEqual(expected);
  return actual;
}

const withCookie = (cookie: string, base = 'http://localhost:3000') => new NextRequest(`${base}/api/articles`, { headers: { cookie } });
const minted = (claims: Record<string, unknown> = {}, options: { maxAge?: number; key?: string } = {}) =>
  encode({ token: { sub: editor.id, email: editor.email, name: editor.name, role: editor.role, sid: 'session-id', ...claims }, secret: options.key ?? secret(), maxAge: options.maxAge });

async function withEnv(values: Record<string, string | undefined>, run: () => Promise<void>): Promise<void> {
  const previous = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  const set = (name: string, value: string | undefined) => (value === undefined ? delete process.env[name] : (process.env[name] = value));
  for (const [name, value] of Object.entries(values)) set(name, value);
  try {
    await run();
  } finally {
    for (const [name, value] of Object.entries(previous)) set(name, value);
  }
}

describe('tokens next-auth issued decode to the same token', () => {
  it("from next-auth's encode, as the test world mints them", async () => {
    const token = await both(withCookie(await sessionCookie(editor)));
    expect(token).toEqual(expect.objectContaining({ sub: editor.id, role: 'EDITOR', sid: expect.any(String), iat: expect.any(Number), exp: expect.any(Number), jti: expect.any(String) }));
  });

  it('from a real sign-in through the credentials route', async () => {
    const res = await signIn('editor@example.com', TEST_PASSWORD);
    expect(res.status).toBe(200);
    const token = await both(withCookie(cookieHeader(res)));
    expect(token).toEqual(expect.objectContaining({ sub: editor.id, email: 'editor@example.com', role: 'EDITOR', sid: expect.any(String) }));
  });

  it('from a page-shaped request ({ headers, cookies }), a Map and a plain object of cookies', async () => {
    const value = await minted();
    const headers = new Headers({ cookie: `next-auth.session-token=${value}` });
    expect(await both({ headers, cookies: { getAll: () => [{ name: 'next-auth.session-token', value }] } })).toEqual(expect.objectContaining({ sub: editor.id }));
    expect(await both({ headers: {}, cookies: new Map([['next-auth.session-token', value]]) })).toEqual(expect.objectContaining({ sub: editor.id }));
    expect(await both({ headers: {}, cookies: { 'next-auth.session-token': value, other: 'x' } })).toEqual(expect.objectContaining({ sub: editor.id }));
  });
});

describe('tokens next-auth refuses are refused', () => {
  it('expired past the 15 s clock tolerance, but not within it', async () => {
    expect(await both(withCookie(`next-auth.session-token=${await minted({}, { maxAge: -60 })}`))).toBeNull();
    expect(await both(withCookie(`next-auth.session-token=${await minted({}, { maxAge: -5 })}`))).toEqual(expect.objectContaining({ sub: editor.id }));
  });

  it('tampered with, in each part of the compact JWE', async () => {
    const parts = (await minted()).split('.');
    expect(parts).toHaveLength(5);
    for (const index of [0, 2, 3, 4]) {
      const changed = [...parts];
      changed[index] = (changed[index][0] === 'A' ? 'B' : 'A') + changed[index].slice(1);
      expect(await both(withCookie(`next-auth.session-token=${changed.join('.')}`))).toBeNull();
    }
    expect(await both(withCookie(`next-auth.session-token=${parts.slice(0, 4).join('.')}`))).toBeNull();
  });

  it('signed with another secret, and under another secret', async () => {
    const foreign = await minted({}, { key: 'some-other-secret' });
    expect(await both(withCookie(`next-auth.session-token=${foreign}`))).toBeNull();
    const ours = withCookie(`next-auth.session-token=${await minted()}`);
    expect(await both(ours, 'some-other-secret')).toBeNull();
    expect(await both(ours, '')).toBeNull();
    expect(await both(ours)).toEqual(expect.objectContaining({ sub: editor.id }));
  });

  it('no cookie, an empty one, garbage, and a plain Request (next-auth reads req.cookies, which it lacks)', async () => {
    expect(await both(withCookie('other=1'))).toBeNull();
    expect(await both(withCookie('next-auth.session-token='))).toBeNull();
    expect(await both(withCookie('next-auth.session-token=not-a-token'))).toBeNull();
    const plain = new Request('http://localhost:3000/api/articles', { headers: { cookie: `next-auth.session-token=${await minted()}` } });
    expect(await both(plain)).toBeNull();
  });
});

describe('where the token is read from', () => {
  it('chunked cookies (.0, .1, ...) are joined in chunk order, in whatever order they arrive', async () => {
    const value = await minted({ padding: 'x'.repeat(6000) });
    const chunks = new SessionStore({ name: 'next-auth.session-token', options: {} }, { cookies: {}, headers: {} }, { debug() {} }).chunk(value, {});
    expect(chunks.map((chunk) => chunk.name)).toEqual(['next-auth.session-token.0', 'next-auth.session-token.1', 'next-auth.session-token.2']);
    const header = (list: typeof chunks) => list.map((chunk) => `${chunk.name}=${chunk.value}`).join('; ');
    expect(await both(withCookie(header(chunks)))).toEqual(expect.objectContaining({ sub: editor.id, padding: 'x'.repeat(6000) }));
    expect(await both(withCookie(header([chunks[2], chunks[0], chunks[1]])))).toEqual(expect.objectContaining({ sub: editor.id }));
    expect(await both(withCookie(header([chunks[0], chunks[2]])))).toBeNull();
    // Past ten chunks the order is numeric (.2 before .10), not by name.
    const long = new SessionStore({ name: 'next-auth.session-token', options: {} }, { cookies: {}, headers: {} }, { debug() {} }).chunk(await minted({ padding: 'z'.repeat(40_000) }), {});
    expect(long.length).toBeGreaterThan(10);
    expect(await both(withCookie(header([...long].reverse())))).toEqual(expect.objectContaining({ padding: 'z'.repeat(40_000) }));
  });

  it('a chunked session cookie signs in to the API', async () => {
    const cookie = (await sessionCookie(editor)).replace(/^next-auth\.session-token=/, '');
    const claims = (await decodeSessionToken(withCookie(`next-auth.session-token=${cookie}`), secret()))!;
    const big = await encode({ token: { ...claims, padding: 'y'.repeat(5000) }, secret: secret() });
    const chunks = new SessionStore({ name: 'next-auth.session-token', options: {} }, { cookies: {}, headers: {} }, { debug() {} }).chunk(big, {});
    expect(chunks.length).toBeGreaterThan(1);
    const res = await listArticles(withCookie(chunks.map((chunk) => `${chunk.name}=${chunk.value}`).join('; ')), params({}));
    expect(res.status).toBe(200);
  });

  it('__Secure-next-auth.session-token when NEXTAUTH_URL is https (a sign-in sets it), and only then', async () => {
    const value = await minted();
    await withEnv({ NEXTAUTH_URL: 'https://news.example.org' }, async () => {
      const res = await signIn('editor@example.com', TEST_PASSWORD, { base: 'https://news.example.org' });
      const cookie = cookieHeader(res);
      expect(cookie).toMatch(/__Secure-next-auth\.session-token=/);
      expect(await both(withCookie(cookie, 'https://news.example.org'))).toEqual(expect.objectContaining({ sub: editor.id }));
      expect(await both(withCookie(`__Secure-next-auth.session-token=${value}`, 'https://news.example.org'))).toEqual(expect.objectContaining({ sub: editor.id }));
      expect(await both(withCookie(`next-auth.session-token=${value}`, 'https://news.example.org'))).toBeNull();
    });
    expect(await both(withCookie(`__Secure-next-auth.session-token=${value}`))).toBeNull();
    // Without NEXTAUTH_URL, next-auth asks VERCEL.
    await withEnv({ NEXTAUTH_URL: undefined, VERCEL: '1' }, async () => {
      expect(await both(withCookie(`__Secure-next-auth.session-token=${value}`))).toEqual(expect.objectContaining({ sub: editor.id }));
      expect(await both(withCookie(`next-auth.session-token=${value}`))).toBeNull();
    });
    await withEnv({ NEXTAUTH_URL: undefined, VERCEL: undefined }, async () => {
      expect(await both(withCookie(`next-auth.session-token=${value}`))).toEqual(expect.objectContaining({ sub: editor.id }));
    });
  });

  it('an Authorization: Bearer header when there is no cookie', async () => {
    const value = await minted();
    const bearer = (authorization: string, cookie?: string) => new NextRequest('http://localhost:3000/api/articles', { headers: { authorization, ...(cookie ? { cookie } : {}) } });
    expect(await both(bearer(`Bearer ${encodeURIComponent(value)}`))).toEqual(expect.objectContaining({ sub: editor.id }));
    expect(await both(bearer(`Bearer ${value}`, `next-auth.session-token=${await minted({ sub: 'cookie-wins' })}`))).toEqual(expect.objectContaining({ sub: 'cookie-wins' }));
    expect(await both(bearer('Bearer %E0%A4%A'))).toBeNull();
    expect(await both(bearer('Bearer'))).toBeNull();
    expect(await both(bearer(`Basic ${value}`))).toBeNull();
    expect(await both({ headers: { authorization: `Bearer ${value}` } })).toEqual(expect.objectContaining({ sub: editor.id }));
  });
});

it('derives the key once per secret, where getToken derives it on every call', async () => {
  const key = `a-fresh-secret-${Date.now()}`;
  const req = withCookie(`next-auth.session-token=${await minted({}, { key })}`);
  let before = hkdfCalls();
  for (let i = 0; i < 20; i++) expect(await decodeSessionToken(req, key)).toEqual(expect.objectContaining({ sub: editor.id }));
  expect(hkdfCalls() - before).toBe(1);
  before = hkdfCalls();
  for (let i = 0; i < 20; i++) await getToken({ req, secret: key });
  expect(hkdfCalls() - before).toBe(20);
  // Another secret is another key; the first stays cached.
  before = hkdfCalls();
  await decodeSessionToken(req, `${key}-2`);
  await decodeSessionToken(req, key);
  expect(hkdfCalls() - before).toBe(1);
});
