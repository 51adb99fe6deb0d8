// GET, HEAD, OPTIONS /fact-checks/:slug/annotations/ — a published article's
// W3C annotation container (its IRI ends in "/", proxy.ts keeps it), for
// anyone, no session: the AnnotationCollection in the view the Prefer header
// or `?iris=1` asks for, and its pages at `?page=N`. 404 when not published.
import { getAnnotationCollection } from '@/lib/server/annotations/get-annotation-collection';
import { listAnnotationPage } from '@/lib/server/annotations/list-annotation-page';
import { readContainerRequest } from '@/lib/server/annotations/container-request';
import { ANNOTATION_MEDIA_TYPE, CONTAINER_HEADERS, CONTAINER_LINKS } from '@/lib/server/annotations/protocol-headers';
import { linkedDataRoute } from '@/lib/server/http/linked-data-route';

export const dynamic = 'force-dynamic';

const container = linkedDataRoute<{ slug: string }>({
  contentType: ANNOTATION_MEDIA_TYPE,
  headers: CONTAINER_HEADERS,
  optionsHeaders: CONTAINER_LINKS,
  read: async (req, { slug }) => {
    const { page, view, minimal, preferenceApplied } = readContainerRequest(req);
    const requestOrigin = req.nextUrl.origin;
    if (page !== null) return { body: await listAnnotationPage({ slug, view, page, requestOrigin }) };
    const collection = await getAnnotationCollection({ slug, view, minimal, requestOrigin });
    // The protocol: the answer names the IRI of the view it is (Content-Location) when the request's own IRI did not.
    return {
      body: collection,
      headers: { ...CONTAINER_LINKS, 'content-location': String(collection.id), ...(preferenceApplied ? { 'preference-applied': 'return=representation' } : {}) },
    };
  },
});

export const GET = container.GET;
export const HEAD = container.HEAD;
export const OPTIONS = container.OPTIONS;
