// Where to go after signing in: a path on this site, never another origin.
// Browsers read "/\evil.example" as "//evil.example" and drop tabs and
// newlines anywhere in a URL ("/\t/evil.example" too), so a check on the first
// characters alone lets those through; here anything with a backslash, a
// control character or whitespace is refused outright. Pure, so the sign-in
// page and next-auth's redirect callback decide alike.

// The desk: what is waiting for this person (issue 16).
export const DEFAULT_AFTER_SIGN_IN = '/desk';

/** Where signing out ends: a path, resolved by the browser against the host it is on. */
export const AFTER_SIGN_OUT = '/signin';

const BASE = 'http://same-origin.invalid';

/** `value` when it is a same-origin path ("/articles/x?y#z"), else `fallback`. */
export function safeCallbackPath(value: unknown, fallback = DEFAULT_AFTER_SIGN_IN): string {
  if (typeof value !== 'string' || value.length > 2000) return fallback;
  // One leading slash, then not a second slash or backslash: a path, not a host.
  if (!/^\/(?![/\\])/.test(value)) return fallback;
  if (/[\\\s\u0000-\u001f\u007f]/.test(value)) return fallback;
  try {
    // What a browser would make of it, resolved against this site.
    if (new URL(value, BASE).origin !== BASE) return fallback;
  } catch {
    return fallback;
  }
  return value;
}

/**
 * next-auth's redirect callback: `url` may be a path or an absolute URL of
 * this site (`baseUrl`); anything else ends on the default page.
 */
export function safeRedirect(url: string, baseUrl: string): string {
  const base = new URL(baseUrl);
  let path: unknown = url;
  if (!url.startsWith('/')) {
    try {
      const absolute = new URL(url);
      path = absolute.origin === base.origin ? `${absolute.pathname}${absolute.search}${absolute.hash}` : null;
    } catch {
      path = null;
    }
  }
  return `${base.origin}${safeCallbackPath(path)}`;
}
