// Trailing slashes: the W3C annotation protocol requires a container's IRI to
// end in "/", Next.js redirects every "/x/" to "/x" unless told not to. The app
// turns Next.js's redirect off (next.config.js) and proxy.ts redirects every
// other path itself (lib/server/http/trailing-slash.ts).
import { NextRequest } from 'next/server';
import { proxy } from '@/proxy';
import { annotationContainerUrl } from '@/lib/domain/publication/public-urls';
import { trailingSlashRedirect } from '@/lib/server/http/trailing-slash';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadCustomRoutes = require('next/dist/lib/load-custom-routes').default as (config: object) => Promise<{ redirects: { source: string; internal?: boolean }[] }>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nextConfig = require('../../next.config.js') as Record<string, unknown>;

const CONTAINER_PATH = new URL(annotationContainerUrl('https://desk.example', 'raid-in-iraq')).pathname;

describe('trailingSlashRedirect', () => {
  it("serves an annotation container's IRI with its '/', and sends the one without to it", () => {
    expect(CONTAINER_PATH).toBe('/fact-checks/raid-in-iraq/annotations/');
    expect(trailingSlashRedirect(CONTAINER_PATH)).toBeNull();
    expect(trailingSlashRedirect('/fact-checks/raid-in-iraq/annotations')).toBe(CONTAINER_PATH);
    expect(trailingSlashRedirect(new URL(annotationContainerUrl('https://desk.example', 'ünï 😀')).pathname)).toBeNull();
  });

  it("takes the '/' off every other path, as Next.js did", () => {
    expect(trailingSlashRedirect('/fact-checks/raid-in-iraq/')).toBe('/fact-checks/raid-in-iraq');
    expect(trailingSlashRedirect('/api/claims/abc/')).toBe('/api/claims/abc');
    expect(trailingSlashRedirect('/fact-checks/x/annotations/extra/')).toBe('/fact-checks/x/annotations/extra');
    expect(trailingSlashRedirect('/fact-checks///')).toBe('/fact-checks');
    expect(trailingSlashRedirect('//')).toBe('/');
    for (const path of ['/', '/fact-checks', '/api/claims/abc', '/fact-checks/x/annotations/extra']) expect(trailingSlashRedirect(path)).toBeNull();
  });
});

describe('proxy.ts', () => {
  const answer = (url: string) => proxy(new NextRequest(url));

  it('lets the container IRI through and redirects the path without its slash to it (308), query kept, no loop', () => {
    expect(answer(`https://desk.example${CONTAINER_PATH}?page=1`).headers.get('location')).toBeNull();
    const redirected = answer('https://desk.example/fact-checks/raid-in-iraq/annotations?iris=1&page=0');
    expect(redirected.status).toBe(308);
    const location = redirected.headers.get('location')!;
    expect(location).toBe(`https://desk.example${CONTAINER_PATH}?iris=1&page=0`);
    expect(answer(location).headers.get('location')).toBeNull();
  });

  it('redirects any other trailing slash away (308), never to another host', () => {
    const page = answer('https://desk.example/fact-checks/raid-in-iraq/?x=1');
    expect([page.status, page.headers.get('location')]).toEqual([308, 'https://desk.example/fact-checks/raid-in-iraq?x=1']);
    const sneaky = answer('https://desk.example//evil.example/');
    expect(new URL(sneaky.headers.get('location')!).host).toBe('desk.example');
    // The security headers are on the redirect too.
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('next.config.js', () => {
  it("turns off Next.js's own trailing-slash redirect, which would take the container's '/' away before proxy.ts runs", async () => {
    expect(nextConfig.skipTrailingSlashRedirect).toBe(true);
    expect((await loadCustomRoutes(nextConfig)).redirects.filter((r) => r.internal)).toEqual([]);
    // What it would do without the setting: /:path+/ matches the container's IRI.
    const withRedirect = await loadCustomRoutes({ ...nextConfig, skipTrailingSlashRedirect: false });
    expect(withRedirect.redirects.filter((r) => r.internal).map((r) => r.source)).toEqual(['/:path+/']);
  });
});
