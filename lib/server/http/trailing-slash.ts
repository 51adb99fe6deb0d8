// Where a path ending (or not ending) in "/" is redirected. Next.js redirects
// every "/x/" to "/x" by itself, before the proxy and the routes see it; but
// the W3C Web Annotation Protocol requires an annotation container's IRI to end
// in "/" (section 4), so next.config.js turns that redirect off
// (skipTrailingSlashRedirect) and proxy.ts asks this instead:
//   /fact-checks/<slug>/annotations/   served as it is;
//   /fact-checks/<slug>/annotations    308 to the same with "/" (the IRI);
//   any other path ending in "/"       308 without it, as Next.js did.
import { isAnnotationContainerPath } from '@/lib/domain/publication/public-urls';

/** The path to redirect to (308), or null when the path is served as it is. `pathname` is still %-encoded. */
export function trailingSlashRedirect(pathname: string): string | null {
  if (isAnnotationContainerPath(pathname)) return pathname.endsWith('/') ? null : `${pathname}/`;
  if (pathname === '/' || !pathname.endsWith('/')) return null;
  return pathname.replace(/\/+$/, '') || '/';
}
