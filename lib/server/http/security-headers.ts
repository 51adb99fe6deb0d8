// The security headers of every answer, pages and API alike (proxy.ts sets
// them). Pure: the nonce, the protocol and the kind of answer come in, the
// headers go out, so the rules are testable without a server.

export interface SecurityHeaderOptions {
  /** This request's script nonce (fresh per request, see newNonce). */
  nonce: string;
  /** Served over https: only then HSTS and upgrade-insecure-requests. */
  https: boolean;
  /** An /api answer: never stored by browsers or shared caches. */
  api: boolean;
  /** `next dev`: React's dev build needs eval for its error overlays. */
  dev?: boolean;
}

/** 128 random bits, base64: the script nonce of one request. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy({ nonce, https, dev = false }: Pick<SecurityHeaderOptions, 'nonce' | 'https' | 'dev'>): string {
  const directives = [
    "default-src 'self'",
    // Only scripts carrying this request's nonce (Next.js puts it on its own
    // tags when it finds it here) and what they load ('strict-dynamic': the
    // chunks the router fetches later). No 'unsafe-inline' for scripts.
    `script-src 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // 'unsafe-inline' for styles on purpose: React renders style={{...}}
    // attributes throughout the components, and Tiptap injects its own <style>
    // element. A nonce here would make browsers ignore 'unsafe-inline'.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Over plain http (a LAN install) this would send the page's own assets to
    // an https port that does not exist.
    ...(https ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(options),
    'x-content-type-options': 'nosniff',
    // Following a claim's source link tells the source's site nothing about
    // which newsroom's workbench, article or claim the reader came from.
    'referrer-policy': 'same-origin',
    // frame-ancestors' predecessor, for browsers that ignore CSP.
    'x-frame-options': 'DENY',
    // Browsers ignore HSTS received over http, and sending it there would only
    // mislead whoever reads the headers.
    ...(options.https ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
    // Answers carry one user's data; a route that wants caching sets its own.
    ...(options.api ? { 'cache-control': 'no-store' } : {}),
  };
}

/**
 * Whether the browser reached us over https. Behind a proxy we trust
 * (TRUST_PROXY), its X-Forwarded-Proto says; otherwise only the request's own
 * URL, and not when that came from an X-Forwarded-Proto header (Next.js builds
 * the URL's scheme from that header, which anyone can send).
 */
export function isHttpsRequest({ url, forwardedProto, trustProxy }: { url: string; forwardedProto: string | null; trustProxy: boolean }): boolean {
  const forwarded = forwardedProto?.split(',')[0]?.trim().toLowerCase() || null;
  if (trustProxy && forwarded) return forwarded === 'https';
  if (forwarded) return false;
  return new URL(url).protocol === 'https:';
}
