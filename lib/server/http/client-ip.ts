// The address a request came from, as the proxy in front of us reports it.
// `next start` fills x-forwarded-for with the socket address when no proxy
// did. A client can put anything in these headers when it reaches the app
// directly, so the result is good for throttling, never for authentication.
type HeaderSource = Headers | Record<string, unknown> | undefined;

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** x-forwarded-for's first entry, else x-real-ip, else 'unknown'; at most 100 characters. */
export function clientIp(headers: HeaderSource): string {
  const forwarded = header(headers, 'x-forwarded-for')?.split(',')[0]?.trim();
  const ip = forwarded || header(headers, 'x-real-ip')?.trim() || 'unknown';
  return ip.slice(0, 100);
}
