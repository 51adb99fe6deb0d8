// GET /api/docs/:asset — Swagger UI's script and style sheet for /api/docs, public.
import { docsAsset } from '@/lib/server/http/api-docs';
import { route } from '@/lib/server/http/route';

export const GET = route('GET /api/docs/{asset}', async (_req, { asset }) => {
  const { body, contentType } = docsAsset(asset);
  // The same files until the package is upgraded: browsers may keep them an hour.
  return new Response(new Uint8Array(body), { headers: { 'content-type': contentType, 'cache-control': 'public, max-age=3600' } });
});
