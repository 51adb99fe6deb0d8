// Refuses state-changing requests a browser sends on behalf of another site
// (CSRF). The session cookie is SameSite=Lax, which already keeps it off
// cross-site POSTs in current browsers; this is the second lock, for older
// browsers and for sibling subdomains. A browser always sends Origin (and
// Sec-Fetch-Site) on such requests; scripts and curl send neither and pass.
import { AppError } from '@/lib/domain/errors';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

/** Hosts this app answers as: the Host header (else the URL's), and NEXTAUTH_URL's behind a proxy that rewrites Host. */
function ownHosts(req: Request): Set<string> {
  const hosts = new Set<string>();
  const host = req.headers.get('host')?.toLowerCase() ?? hostOf(req.url);
  if (host) hosts.add(host);
  const configured = hostOf(process.env.NEXTAUTH_URL);
  if (configured) hosts.add(configured);
  return hosts;
}

export function refuseCrossSite(req: Request): void {
  if (!UNSAFE_METHODS.has(req.method.toUpperCase())) return;
  const crossSite = req.headers.get('sec-fetch-site')?.toLowerCase() === 'cross-site';
  const origin = req.headers.get('origin');
  // "null" (a sandboxed frame, a privacy redirect) has no host and is refused too.
  const foreignOrigin = origin !== null && !ownHosts(req).has(hostOf(origin) ?? '');
  if (crossSite || foreignOrigin) throw new AppError('FORBIDDEN', 'Cross-site requests are refused');
}
