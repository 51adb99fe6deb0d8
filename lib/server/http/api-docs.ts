// The browsable API reference at /api/docs: Swagger UI (swagger-ui-dist, its
// prebuilt bundle) reading GET /api/openapi.json, served from this app so it
// works offline and under the app's Content-Security-Policy (its two scripts
// carry this request's nonce; 'strict-dynamic' lets the bundle load the rest).
import fs from 'node:fs';
import path from 'node:path';
import getAbsoluteFSPath from 'swagger-ui-dist/absolute-path.js';
import { AppError } from '@/lib/domain/errors';

/** The only files of swagger-ui-dist that are served, and their types. */
export const DOCS_ASSETS = {
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui.css': 'text/css; charset=utf-8',
} as const;

const assets = new Map<string, Buffer>();

/** An asset's bytes, read once per process (the bundle is 1.7 MB). */
export function docsAsset(name: string): { body: Buffer; contentType: string } {
  if (!Object.hasOwn(DOCS_ASSETS, name)) throw new AppError('NOT_FOUND', 'No such file');
  const file = name as keyof typeof DOCS_ASSETS;
  if (!assets.has(file)) assets.set(file, fs.readFileSync(path.join(getAbsoluteFSPath(), file)));
  return { body: assets.get(file)!, contentType: DOCS_ASSETS[file] };
}

/** This request's script nonce, as proxy.ts put it into the request's CSP header (none without the proxy). */
export function requestNonce(csp: string | null): string | null {
  return /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp ?? '')?.[1] ?? null;
}

export function docsPage(nonce: string | null): string {
  const n = nonce ? ` nonce="${nonce}"` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fact-check workbench API</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
<div id="api-docs"></div>
<script src="/api/docs/swagger-ui-bundle.js"${n}></script>
<script${n}>
window.SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#api-docs', deepLinking: true, withCredentials: true });
</script>
</body>
</html>
`;
}
