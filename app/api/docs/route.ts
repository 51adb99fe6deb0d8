// GET /api/docs — the API reference to browse (Swagger UI over /api/openapi.json), public.
import { docsPage, requestNonce } from '@/lib/server/http/api-docs';
import { route } from '@/lib/server/http/route';

export const GET = route('GET /api/docs', async (req) => {
  return new Response(docsPage(requestNonce(req.headers.get('content-security-policy'))), { headers: { 'content-type': 'text/html; charset=utf-8' } });
});
