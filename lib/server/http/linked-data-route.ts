// Route handlers of public, read-only Linked Data resources outside app/api
// (the W3C annotation protocol's annotations and containers): GET, HEAD and
// OPTIONS; JSON-LD with the headers the route names, a strong ETag of the body
// and 304 for a matching If-None-Match. No session is read. Not in the API
// contract (lib/server/contract describes /api), but a refusal leaves in the
// API's error shape through the same mapper.
import type { NextRequest } from 'next/server';
import { serializeJsonLd } from '@/lib/domain/export/json-ld';
import { ifNoneMatchHits, strongEtag } from './conditional-get';
import { errorResponse } from './responses';

type HeaderMap = Record<string, string>;
type Handler<P> = (req: NextRequest, ctx: { params: Promise<P> }) => Promise<Response>;

/** What a route reads: the JSON-LD body, and headers of this answer only. */
export interface LinkedData {
  body: object;
  headers?: HeaderMap;
}

export interface LinkedDataRouteOptions<P> {
  /** the body's media type */
  contentType: string;
  /** on every answer but a refusal (200, 304, HEAD, OPTIONS): Allow, Vary, ... */
  headers: HeaderMap;
  /** what OPTIONS adds, which reads nothing (so it says nothing about what exists) */
  optionsHeaders?: HeaderMap;
  read: (req: NextRequest, params: P) => Promise<LinkedData>;
}

// Annotation clients run on other sites (a Hypothesis-style sidebar reading
// the desk's annotations), so anyone may read these answers from a browser.
// Nothing here reads a cookie, so credentials are neither needed nor allowed.
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag, Link, Allow, Vary, Preference-Applied, Content-Location, Location',
};
const PREFLIGHT = {
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': 'Accept, Prefer, If-None-Match',
  'access-control-max-age': '86400',
};

// Caches may keep an answer but must ask again before using it (a 304 when the
// ETag still matches), so a page taken down stops being served at once.
const CACHE_CONTROL = 'no-cache';

export function linkedDataRoute<P>({ contentType, headers, optionsHeaders = {}, read }: LinkedDataRouteOptions<P>) {
  const GET: Handler<P> = async (req, ctx) => {
    try {
      const answer = await read(req, await ctx.params);
      const body = serializeJsonLd(answer.body);
      const etag = strongEtag(body);
      const common = { ...headers, ...answer.headers, ...CORS, etag, 'cache-control': CACHE_CONTROL };
      if (ifNoneMatchHits(req.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers: common });
      return new Response(body, { status: 200, headers: { ...common, 'content-type': contentType } });
    } catch (error) {
      const refused = errorResponse(error);
      for (const [name, value] of Object.entries(CORS)) refused.headers.set(name, value);
      return refused;
    }
  };
  // GET's status and headers without its body, declared rather than left to
  // Next.js so the protocol's headers are certainly there.
  const HEAD: Handler<P> = async (req, ctx) => {
    const res = await GET(req, ctx);
    return new Response(null, { status: res.status, headers: res.headers });
  };
  const OPTIONS: Handler<P> = async () => new Response(null, { status: 204, headers: { ...headers, ...optionsHeaders, ...CORS, ...PREFLIGHT } });
  return { GET, HEAD, OPTIONS };
}
