// GET, HEAD, OPTIONS /annotations/:claimId — a published claim's W3C Web
// Annotation (the `id` every annotation output gives it), for anyone, no
// session; 404 for a claim on no page that is up now.
import { getAnnotation } from '@/lib/server/annotations/get-annotation';
import { ANNOTATION_HEADERS, ANNOTATION_MEDIA_TYPE } from '@/lib/server/annotations/protocol-headers';
import { linkedDataRoute } from '@/lib/server/http/linked-data-route';

export const dynamic = 'force-dynamic';

const annotation = linkedDataRoute<{ claimId: string }>({
  contentType: ANNOTATION_MEDIA_TYPE,
  headers: ANNOTATION_HEADERS,
  read: async (req, { claimId }) => ({ body: await getAnnotation({ claimId, requestOrigin: req.nextUrl.origin }) }),
});

export const GET = annotation.GET;
export const HEAD = annotation.HEAD;
export const OPTIONS = annotation.OPTIONS;
