// Runs before every page and API route (Next.js 16's proxy, formerly
// middleware): gives each request a fresh script nonce and every answer the
// security headers (lib/server/http/security-headers.ts), turns away a
// path that is not valid UTF-8 before Next.js's own decoding fails on it, and
// redirects trailing slashes (lib/server/http/trailing-slash.ts: Next.js's own
// redirect is off so annotation containers keep theirs).
import { NextResponse, type NextRequest } from 'next/server';
import { AppError } from '@/lib/domain/errors';
import { trustedProxyHops } from '@/lib/server/http/client-ip';
import { errorBody } from '@/lib/server/http/error-body';
import { isMalformedPath } from '@/lib/server/http/malformed-path';
import { isHttpsRequest, newNonce, securityHeaders } from '@/lib/server/http/security-headers';
import { trailingSlashRedirect } from '@/lib/server/http/trailing-slash';

function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/');
}

/** TRUST_PROXY as the sign-in throttle reads it (lib/server/http/client-ip.ts). */
function behindTrustedProxy(): boolean {
  try {
    return trustedProxyHops() > 0;
  } catch {
    // A malformed setting: the sign-in throttle refuses to guess and says so;
    // here the safe guess is "not https" (no HSTS), not an error on every page.
    return false;
  }
}

function malformedPathResponse(api: boolean): NextResponse {
  const error = new AppError('BAD_REQUEST', 'The address is not valid UTF-8 once its %-escapes are decoded');
  if (api) return NextResponse.json(errorBody(error.code, error.message), { status: error.status });
  return new NextResponse(`${error.message}.\n`, { status: error.status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

export function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  const api = isApiPath(pathname);
  const headers = securityHeaders({
    nonce: newNonce(),
    api,
    https: isHttpsRequest({ url: request.url, forwardedProto: request.headers.get('x-forwarded-proto'), trustProxy: behindTrustedProxy() }),
    dev: process.env.NODE_ENV === 'development',
  });

  let response: NextResponse;
  const redirectTo = trailingSlashRedirect(pathname);
  if (isMalformedPath(pathname)) {
    response = malformedPathResponse(api);
  } else if (redirectTo !== null) {
    // Only the path changes (never the host, whatever the path looks like: "//x/" stays here), the query stays.
    const target = new URL(request.url);
    target.pathname = redirectTo;
    response = NextResponse.redirect(target, 308);
  } else {
    // Next.js reads the nonce from the request's CSP header while rendering
    // and puts it on its own script tags.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set('content-security-policy', headers['content-security-policy']);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  // A route's own header of the same name wins (Next.js applies these first).
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but the build's static files, which keep their long-lived
  // caching and need no nonce.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
