// The session token a request carries, decoded exactly as next-auth 4.24's
// getToken() does (node_modules/next-auth/jwt/index.js, core/lib/cookie.js),
// except that the encryption key is derived once per secret instead of on
// every call: HKDF-SHA256 through the thread pool was ~100 µs and an extra
// async hop per request. Same cookie (next-auth.session-token, or
// __Secure-next-auth.session-token when NEXTAUTH_URL is https, joined from its
// .0, .1 ... chunks), same Bearer fallback, same key (info string, empty salt),
// same jwtDecrypt options; every failure is null, as there.
// tests/integration/decode-session-token.test.ts holds it to getToken.
import hkdf from '@panva/hkdf';
import { jwtDecrypt } from 'jose';
import type { JWT } from 'next-auth/jwt';

const SESSION_COOKIE = 'next-auth.session-token';
const SECURE_SESSION_COOKIE = '__Secure-next-auth.session-token';
/** next-auth's decode(): seconds of leeway on exp, iat and nbf */
const CLOCK_TOLERANCE_S = 15;
/** next-auth's getDerivedEncryptionKey() with the empty salt getToken uses */
const KEY_INFO = 'NextAuth.js Generated Encryption Key';
/** A process has one secret; a few are kept in case a caller passes others. */
const MAX_CACHED_KEYS = 4;

type CookieList = { getAll(): { name: string; value: string }[] };

/** Anything request-shaped, as getToken takes it: a NextRequest, or a page's `{ headers, cookies }`. */
export interface SessionTokenRequest {
  headers?: Headers | Record<string, string | string[] | undefined> | null;
  cookies?: CookieList | Map<string, string> | Record<string, string> | null;
}

const keys = new Map<string, Promise<Uint8Array>>();

function encryptionKey(secret: string): Promise<Uint8Array> {
  let key = keys.get(secret);
  if (!key) {
    key = hkdf('sha256', secret, '', KEY_INFO, 32);
    if (keys.size >= MAX_CACHED_KEYS) keys.delete(keys.keys().next().value as string);
    keys.set(secret, key);
    // A secret HKDF refuses (empty) is refused again next time, not kept.
    key.catch(() => keys.delete(secret));
  }
  return key;
}

/** getToken's default: NEXTAUTH_URL's scheme decides; without NEXTAUTH_URL, VERCEL does. */
function secureCookie(): boolean {
  return process.env.NEXTAUTH_URL?.startsWith('https://') ?? !!process.env.VERCEL;
}

/** SessionStore's value: every cookie whose name starts with the session cookie's, joined in chunk order. */
function cookieValue(cookies: SessionTokenRequest['cookies'], cookieName: string): string {
  const chunks: Record<string, string> = {};
  if (typeof (cookies as CookieList | null | undefined)?.getAll === 'function') {
    for (const { name, value } of (cookies as CookieList).getAll()) if (name.startsWith(cookieName)) chunks[name] = value;
  } else if (cookies instanceof Map) {
    for (const name of cookies.keys()) if (name.startsWith(cookieName)) chunks[name] = cookies.get(name) as string;
  } else {
    for (const name in cookies) if (name.startsWith(cookieName)) chunks[name] = (cookies as Record<string, string>)[name];
  }
  // As next-auth sorts: by the number after the last dot (NaN, for the unchunked name, compares as equal).
  const suffix = (name: string) => parseInt(name.split('.').pop() ?? '0');
  return Object.keys(chunks)
    .sort((a, b) => suffix(a) - suffix(b))
    .map((name) => chunks[name])
    .join('');
}

/** The token's claims, or null: no token, or one that does not decrypt, has expired or is malformed. */
export async function decodeSessionToken(req: SessionTokenRequest, secret: string): Promise<JWT | null> {
  let token = cookieValue(req.cookies, secureCookie() ? SECURE_SESSION_COOKIE : SESSION_COOKIE);
  const authorization = req.headers instanceof Headers ? req.headers.get('authorization') : (req.headers?.authorization as string | undefined);
  if (!token && authorization?.split(' ')[0] === 'Bearer') {
    try {
      token = decodeURIComponent(authorization.split(' ')[1]);
    } catch {
      return null;
    }
  }
  if (!token) return null;
  try {
    const { payload } = await jwtDecrypt(token, await encryptionKey(secret), { clockTolerance: CLOCK_TOLERANCE_S });
    return payload as JWT;
  } catch {
    return null;
  }
}
