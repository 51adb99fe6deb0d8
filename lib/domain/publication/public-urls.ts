// The public addresses of what the desk publishes. One place, because the
// public page, its ClaimReview markup, the feed, the sitemap and the W3C
// annotations all name the same pages and must agree to the character.

/** The anchor of a claim on its public page: made from the claim's id, so it
 * never changes when other claims are added, removed or re-ordered. */
export function claimAnchor(claimId: string): string {
  return `claim-${claimId}`;
}

/** Path of an article's public fact-check page. */
export function factCheckPath(slug: string): string {
  return `/fact-checks/${encodeURIComponent(slug)}`;
}

/** Absolute URL of the public page; `appUrl` without a trailing slash. */
export function factCheckUrl(appUrl: string, slug: string): string {
  return `${appUrl}${factCheckPath(slug)}`;
}

/** The page's URL with the claim's anchor: ClaimReview's `url`. */
export function claimReviewUrl(appUrl: string, slug: string, claimId: string): string {
  return `${factCheckUrl(appUrl, slug)}#${claimAnchor(claimId)}`;
}

/** The public index of published fact-checks, its Atom feed and the sitemap. */
export const FACT_CHECKS_PATH = '/fact-checks';
export const FACT_CHECKS_FEED_PATH = '/fact-checks/feed.xml';
export const SITEMAP_PATH = '/sitemap.xml';

/** A W3C Web Annotation's IRI: dereferences to that annotation (published claims without a session). */
export function annotationUrl(appUrl: string, claimId: string): string {
  return `${appUrl}/annotations/${encodeURIComponent(claimId)}`;
}

/**
 * The W3C annotation container (AnnotationCollection) of a published article.
 * The protocol requires a container's IRI to end in "/" (Web Annotation
 * Protocol, section 4); Next.js would redirect it away, so proxy.ts serves
 * exactly these paths with the slash (isAnnotationContainerPath).
 */
export function annotationContainerUrl(appUrl: string, slug: string): string {
  return `${factCheckUrl(appUrl, slug)}/annotations/`;
}

/** True for the path of an annotation container as annotationContainerUrl makes it (still %-encoded), with or without its final "/". */
export function isAnnotationContainerPath(pathname: string): boolean {
  return /^\/fact-checks\/[^/]+\/annotations\/?$/.test(pathname);
}

/**
 * What the container's pages hold, as the protocol's Prefer header chooses:
 * the annotations themselves (the default) or only their IRIs.
 */
export type AnnotationContainerView = 'descriptions' | 'iris';

/**
 * The container's IRI for a view. The protocol asks the two to differ, by a
 * query parameter as it recommends, so that neither a cache nor a client takes
 * one list for the other; the default view is the container's own IRI.
 */
export function annotationCollectionUrl(appUrl: string, slug: string, view: AnnotationContainerView): string {
  const container = annotationContainerUrl(appUrl, slug);
  return view === 'iris' ? `${container}?iris=1` : container;
}

/** Page `page` (counted from 0, as in the protocol's examples) of a view of the container. */
export function annotationPageUrl(appUrl: string, slug: string, view: AnnotationContainerView, page: number): string {
  return `${annotationContainerUrl(appUrl, slug)}?${view === 'iris' ? 'iris=1&' : ''}page=${page}`;
}
