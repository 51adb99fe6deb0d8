// The headers the W3C Web Annotation Protocol asks of annotations (section 3)
// and containers (section 4.1). Read-only here: GET, HEAD and OPTIONS only.

/** JSON-LD with the Web Annotation profile, the protocol's media type. */
export const ANNOTATION_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

const ALLOW = 'GET, HEAD, OPTIONS';

/** An annotation is an LDP Resource; its answer varies by Accept (a cache must not hand it to a client that asked for another format). */
export const ANNOTATION_HEADERS = {
  allow: ALLOW,
  vary: 'Accept',
  link: '<http://www.w3.org/ns/ldp#Resource>; rel="type"',
};

/** A container's answers, its pages' too, vary by Prefer as well (which view of the list). */
export const CONTAINER_HEADERS = {
  allow: ALLOW,
  vary: 'Accept, Prefer',
};

/**
 * What the container itself (not its pages, which are not containers) says of
 * itself on every answer: an LDP BasicContainer under the protocol's constraints.
 */
export const CONTAINER_LINKS = {
  link: '<http://www.w3.org/ns/ldp#BasicContainer>; rel="type", <http://www.w3.org/TR/annotation-protocol/>; rel="http://www.w3.org/ns/ldp#constrainedBy"',
};
