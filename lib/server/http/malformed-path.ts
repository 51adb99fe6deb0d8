// A path whose percent-escapes do not decode to UTF-8 (`/api/claims/%F0%9F`)
// makes Next.js's own parameter decoding throw, which it answers with a bare
// 500. proxy.ts asks this first and answers 400 instead.

/** True when some segment of the (still encoded) path is not valid percent-encoded UTF-8. */
export function isMalformedPath(pathname: string): boolean {
  for (const segment of pathname.split('/')) {
    try {
      decodeURIComponent(segment);
    } catch {
      return true;
    }
  }
  return false;
}
