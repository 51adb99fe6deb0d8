// The header rules proxy.ts applies to every answer, and its UTF-8 path check.
import { contentSecurityPolicy, isHttpsRequest, newNonce, securityHeaders } from '@/lib/server/http/security-headers';
import { isMalformedPath } from '@/lib/server/http/malformed-path';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe('securityHeaders', () => {
  const page = securityHeaders({ nonce: 'bm9uY2U=', https: false, api: false });

  it('allows only scripts carrying the nonce (and what they load), never inline or eval in production', () => {
    const csp = directives(page['content-security-policy']);
    expect(csp.get('script-src')).toEqual(["'nonce-bm9uY2U='", "'strict-dynamic'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });

  it('forbids framing, plugins, foreign base URLs and form targets', () => {
    const csp = directives(page['content-security-policy']);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(page['x-frame-options']).toBe('DENY');
  });

  it("keeps inline styles (style attributes, Tiptap's <style>) with no nonce beside them, which would void unsafe-inline", () => {
    const styles = directives(page['content-security-policy']).get('style-src')!;
    expect(styles).toContain("'unsafe-inline'");
    expect(styles.some((source) => source.startsWith("'nonce-"))).toBe(false);
  });

  it('says nosniff and a referrer policy that keeps paths on this site', () => {
    expect(page['x-content-type-options']).toBe('nosniff');
    expect(page['referrer-policy']).toBe('same-origin');
  });

  it('sends HSTS and upgrade-insecure-requests only over https', () => {
    expect(page['strict-transport-security']).toBeUndefined();
    expect(page['content-security-policy']).not.toContain('upgrade-insecure-requests');
    const secure = securityHeaders({ nonce: 'bm9uY2U=', https: true, api: false });
    expect(secure['strict-transport-security']).toMatch(/^max-age=\d{8,}/);
    expect(directives(secure['content-security-policy']).has('upgrade-insecure-requests')).toBe(true);
  });

  it('marks API answers no-store, pages not (Next.js sets their own)', () => {
    expect(securityHeaders({ nonce: 'bm9uY2U=', https: false, api: true })['cache-control']).toBe('no-store');
    expect(page['cache-control']).toBeUndefined();
  });

  it("lets next dev's React use eval, and nothing else", () => {
    expect(contentSecurityPolicy({ nonce: 'bm9uY2U=', https: false, dev: true })).toContain("script-src 'nonce-bm9uY2U=' 'strict-dynamic' 'unsafe-eval'");
  });
});

describe('newNonce', () => {
  it('is 128 random bits in base64, as Next.js expects to find it in the CSP, and new each time', () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('isHttpsRequest', () => {
  it("trusts X-Forwarded-Proto's first entry only behind a trusted proxy", () => {
    expect(isHttpsRequest({ url: 'http://app/x', forwardedProto: 'https', trustProxy: true })).toBe(true);
    expect(isHttpsRequest({ url: 'http://app/x', forwardedProto: 'https, http', trustProxy: true })).toBe(true);
    expect(isHttpsRequest({ url: 'https://app/x', forwardedProto: 'http', trustProxy: true })).toBe(false);
    expect(isHttpsRequest({ url: 'http://app/x', forwardedProto: 'https', trustProxy: false })).toBe(false);
    // Next.js builds the URL's scheme from the same header; without trust, neither counts.
    expect(isHttpsRequest({ url: 'https://app/x', forwardedProto: 'https', trustProxy: false })).toBe(false);
  });

  it("otherwise goes by the request's own protocol", () => {
    expect(isHttpsRequest({ url: 'https://app/x', forwardedProto: null, trustProxy: false })).toBe(true);
    expect(isHttpsRequest({ url: 'https://app/x', forwardedProto: null, trustProxy: true })).toBe(true);
    expect(isHttpsRequest({ url: 'http://app/x', forwardedProto: null, trustProxy: true })).toBe(false);
  });
});

describe('isMalformedPath', () => {
  it.each(['/api/claims/%F0%9F', '/api/claims/%FF', '/articles/%C3%28/revisions', '/api/claims/%E0%A4%A', '/%'])('refuses %s', (path) => {
    expect(isMalformedPath(path)).toBe(true);
  });

  it.each(['/api/claims/abc', '/api/claims/%F0%9F%98%80', '/articles/caf%C3%A9', '/api/claims/%2F', '/'])('accepts %s', (path) => {
    expect(isMalformedPath(path)).toBe(false);
  });
});
