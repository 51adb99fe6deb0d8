// The address a request came from, for the sign-in throttle's per-address
// count. A route handler never sees the socket: `next start` only fills
// X-Forwarded-For with the socket address when the request has none, and keeps
// whatever a client sent otherwise. So the headers are believed only when
// TRUST_PROXY says how many proxies stand in front of the app:
//
//   unset, '', '0', 'false'  no proxy: every client is 'direct', which the
//                            throttle does not count per address (it would be one
//                            count for all); the per-e-mail limit is unaffected
//   N (1, 2, ...)            N proxies, each appending the address it saw to
//                            X-Forwarded-For: the client is the Nth entry from the
//                            right (the one the outermost proxy appended). Entries
//                            to its left are whatever the client sent, never read.
//
// X-Real-IP is never read: a proxy that sets it can append to X-Forwarded-For
// just as well (nginx: proxy_add_x_forwarded_for), and one header is one rule.
// The result is good for throttling, never for authentication.
type HeaderSource = Headers | Record<string, unknown> | undefined;

/** What all clients count as when no proxy is configured. */
export const DIRECT_CLIENT = 'direct';

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  if (Array.isArray(value)) return value.every((item) => typeof item === 'string') ? value.join(', ') : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** How many proxies TRUST_PROXY names; 0 for none. Read per call, so tests and restarts see changes. */
export function trustedProxyHops(setting = process.env.TRUST_PROXY): number {
  const value = (setting ?? '').trim().toLowerCase();
  if (value === '' || value === '0' || value === 'false') return 0;
  if (/^[1-9]\d{0,1}$/.test(value)) return Number(value);
  // A typo must not silently trust (or distrust) a header: say so on every sign-in.
  throw new Error(`TRUST_PROXY must be the number of proxies in front of the app (e.g. 1), or 0; got ${JSON.stringify(setting)}`);
}

/** The client's address as the throttle counts it (at most 100 characters); see above. */
export function clientIp(headers: HeaderSource): string {
  const hops = trustedProxyHops();
  if (hops === 0) return DIRECT_CLIENT;
  const entries = (header(headers, 'x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request skipped one; the leftmost is the best there is.
  const ip = entries[Math.max(0, entries.length - hops)] ?? 'unknown';
  return ip.slice(0, 100);
}
