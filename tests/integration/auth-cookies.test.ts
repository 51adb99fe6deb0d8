// The session cookie as next-auth v4 sets it, through the real route handler:
// HttpOnly (no script can read it), SameSite=Lax (not sent on cross-site
// POSTs) and, when the app is served over https, Secure with a __Secure- name.
import { NextRequest } from 'next/server';
import { GET as listArticles } from '@/app/api/articles/route';
import { cookieHeader, signIn } from './helpers/next-auth';
import { params, seedWorld, TEST_PASSWORD } from './helpers/world';

beforeAll(async () => {
  await seedWorld();
});

const sessionCookieOf = (res: Response) => res.headers.getSetCookie().find((cookie) => /next-auth\.session-token=/.test(cookie));
const attributes = (cookie: string) =>
  cookie
    .split(';')
    .slice(1)
    .map((part) => part.trim().toLowerCase());

describe('sign-in through the next-auth route handler', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie over http, not marked Secure', async () => {
    const res = await signIn('editor@example.com', TEST_PASSWORD);
    expect(res.status).toBe(200);
    expect((await res.json()).url).toEqual(expect.any(String));
    const cookie = sessionCookieOf(res);
    expect(cookie).toMatch(/^next-auth\.session-token=/);
    expect(attributes(cookie!)).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/']));
    expect(attributes(cookie!)).not.toContain('secure');
    // The cookie it set is what the API recognises.
    const api = new NextRequest('http://localhost:3000/api/articles', { headers: { cookie: cookieHeader(res) } });
    expect((await listArticles(api, params({}))).status).toBe(200);
  });

  it('marks every cookie Secure (and the session one __Secure-) when NEXTAUTH_URL is https', async () => {
    const previous = process.env.NEXTAUTH_URL;
    process.env.NEXTAUTH_URL = 'https://news.example.org';
    try {
      const res = await signIn('editor@example.com', TEST_PASSWORD, { base: 'https://news.example.org' });
      expect(res.status).toBe(200);
      const cookie = sessionCookieOf(res);
      expect(cookie).toMatch(/^__Secure-next-auth\.session-token=/);
      expect(attributes(cookie!)).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'secure']));
      for (const other of res.headers.getSetCookie()) expect(attributes(other)).toContain('secure');
    } finally {
      process.env.NEXTAUTH_URL = previous;
    }
  });

  it('sets no session cookie for a wrong password and answers like for an unknown e-mail', async () => {
    const wrong = await signIn('editor@example.com', 'not the password at all');
    const unknown = await signIn('nobody@example.com', 'not the password at all');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(sessionCookieOf(wrong)).toBeUndefined();
    expect(await wrong.json()).toEqual(await unknown.json());
  });
});
