// Drives the real next-auth route handler (app/api/auth/[...nextauth]) the
// way a browser or script signs in: GET /api/auth/csrf, then POST the form to
// /api/auth/callback/credentials with the csrf cookie. next-auth's App Router
// handler reads headers and cookies through `next/headers`, which only works
// inside Next's request scope; here it is pointed at the request being sent
// (per async context, so concurrent sign-ins each see their own request),
// decoding cookie values as Next does.
import { AsyncLocalStorage } from 'node:async_hooks';
import { NextRequest } from 'next/server';
import { GET, POST } from '@/app/api/auth/[...nextauth]/route';

const mockScope = new AsyncLocalStorage<Request>();

jest.mock('next/headers', () => ({
  headers: async () => mockScope.getStore()!.headers,
  cookies: async () => ({
    getAll: () =>
      (mockScope.getStore()!.headers.get('cookie') ?? '')
        .split(';')
        .map((pair) => pair.trim())
        .filter(Boolean)
        .map((pair) => ({ name: pair.slice(0, pair.indexOf('=')), value: decodeURIComponent(pair.slice(pair.indexOf('=') + 1)) })),
  }),
}));

export interface AuthRequestOptions {
  /** origin the request goes to (NEXTAUTH_URL's, normally) */
  base?: string;
  headers?: Record<string, string>;
  form?: Record<string, string>;
  /** a body sent exactly as given (with `headers` naming its content type), for malformed-input tests */
  body?: BodyInit;
}

export async function callNextAuth(method: 'GET' | 'POST', path: string, { base = 'http://localhost:3000', headers = {}, form, body: raw }: AuthRequestOptions = {}): Promise<Response> {
  const body = form ? new URLSearchParams(form).toString() : raw;
  const all = new Headers(headers);
  if (form) all.set('content-type', 'application/x-www-form-urlencoded');
  const req = new NextRequest(new URL(path, base), { method, headers: all, body });
  const nextauth = new URL(path, base).pathname.replace(/^\/api\/auth\//, '').split('/');
  return mockScope.run(req, () => (method === 'GET' ? GET : POST)(req, { params: Promise.resolve({ nextauth }) }));
}

/** `name=value` pairs of a response's Set-Cookie headers, for the next request's Cookie header. */
export function cookieHeader(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

/** The csrf round trip, then the credentials form as next-auth's client sends it (`json: true`). */
export async function signIn(email: string, password: string, options: Omit<AuthRequestOptions, 'form'> & { path?: string; fields?: Record<string, string> } = {}): Promise<Response> {
  const { path = '/api/auth/callback/credentials', fields = {}, ...rest } = options;
  const { csrfToken, cookie } = await csrf(options.base);
  const headers = { ...rest.headers, cookie };
  return callNextAuth('POST', path, { ...rest, headers, form: { email, password, csrfToken, json: 'true', ...fields } });
}

/** A csrf token and the cookie that goes with it, for POSTs to next-auth's own routes. */
export async function csrf(base?: string): Promise<{ csrfToken: string; cookie: string }> {
  const res = await callNextAuth('GET', '/api/auth/csrf', { base });
  const { csrfToken } = await res.json();
  return { csrfToken, cookie: cookieHeader(res) };
}

/** next-auth's sign-out as its client does it (csrf token, `json: true`), with the session's cookies. */
export async function signOut(sessionCookies: string): Promise<Response> {
  const { csrfToken, cookie } = await csrf();
  return callNextAuth('POST', '/api/auth/signout', { headers: { cookie: `${cookie}; ${sessionCookies}` }, form: { csrfToken, json: 'true' } });
}
