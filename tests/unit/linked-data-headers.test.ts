// The request headers the public annotation routes read: Prefer (RFC 7240, as
// LDP and the W3C annotation protocol use it) and If-None-Match against the
// strong ETag of a body.
import { ifNoneMatchHits, strongEtag } from '@/lib/server/http/conditional-get';
import { preferredIncludes } from '@/lib/server/http/prefer';

const IRIS = 'http://www.w3.org/ns/oa#PreferContainedIRIs';
const MINIMAL = 'http://www.w3.org/ns/ldp#PreferMinimalContainer';

describe('preferredIncludes', () => {
  it('reads the include IRIs of return=representation, however the header is spaced and quoted', () => {
    expect(preferredIncludes(`return=representation; include="${IRIS}"`)).toEqual([IRIS]);
    expect(preferredIncludes(`return=representation;include="${MINIMAL} ${IRIS}"`)).toEqual([MINIMAL, IRIS]);
    expect(preferredIncludes(`RETURN = Representation ; include = "${IRIS}"`)).toEqual([IRIS]);
    expect(preferredIncludes(`respond-async, wait=10, return=representation; include="${IRIS}"`)).toEqual([IRIS]);
    expect(preferredIncludes(`return=representation; include=${IRIS}`)).toEqual([IRIS]);
  });

  it('is empty for no header, another preference, or include without return=representation', () => {
    for (const header of [null, '', 'return=minimal', `include="${IRIS}"`, `return=minimal; include="${IRIS}"`, 'return=representation', '"unterminated, return=representation']) {
      expect([header, preferredIncludes(header)]).toEqual([header, []]);
    }
  });

  it('keeps a quoted "," or ";" inside the value', () => {
    expect(preferredIncludes('return=representation; include="https://x.example/a,b https://x.example/c;d"')).toEqual(['https://x.example/a,b', 'https://x.example/c;d']);
  });
});

describe('strongEtag and ifNoneMatchHits', () => {
  const etag = strongEtag('{"id":"x"}');

  it('is a strong tag that changes with the bytes', () => {
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(strongEtag('{"id":"x"}')).toBe(etag);
    expect(strongEtag('{"id":"y"}')).not.toBe(etag);
  });

  it('matches the tag, its weak form, one of a list, and *; nothing else', () => {
    for (const header of [etag, `W/${etag}`, `"a", ${etag}`, ` W/"b" ,${etag} `, '*']) expect([header, ifNoneMatchHits(header, etag)]).toEqual([header, true]);
    for (const header of [null, '', '"a"', etag.slice(1, -1), `${etag.slice(0, -2)}"`, '**']) expect([header, ifNoneMatchHits(header, etag)]).toEqual([header, false]);
  });
});
