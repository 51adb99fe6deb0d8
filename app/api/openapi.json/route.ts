// GET /api/openapi.json — the API's OpenAPI 3.1 document, public (it holds no
// data, only the shapes), built once per process from the contract.
import { buildOpenApiDocument } from '@/lib/server/contract/openapi';
import { route } from '@/lib/server/http/route';

let document: ReturnType<typeof buildOpenApiDocument> | undefined;

export const GET = route('GET /api/openapi.json', async () => {
  document ??= buildOpenApiDocument();
  return { ...document };
});
