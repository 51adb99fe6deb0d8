// Entity tags and If-None-Match (RFC 9110 8.8.3, 13.1.2) for answers whose
// bytes are known before they are sent: the tag is a hash of those bytes, so it
// is a strong one and changes exactly when the answer does (a republished page,
// another preference), with nothing stored.
import { createHash } from 'node:crypto';

/** A strong entity tag of `body`. */
export function strongEtag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/**
 * Whether If-None-Match names `etag`, or is "*" (the resource exists). The
 * header compares weakly: W/"x" matches "x", since the client only asks
 * whether what it holds is still current.
 */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  for (const [tag] of header.matchAll(/(?:W\/)?"[^"]*"/g)) {
    if (tag.replace(/^W\//, '') === opaque) return true;
  }
  return false;
}
