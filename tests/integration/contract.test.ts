// The contract (lib/server/contract/routes.ts) against what the app serves:
// every method a route file exports has an entry and every entry a handler;
// the OpenAPI document built from it is valid OpenAPI 3.1 (checked by
// @seriousme/openapi-schema-validator, the JSON Schemas of the specification),
// covers every route, and is what GET /api/openapi.json serves without a session.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GET as openApiRoute } from '@/app/api/openapi.json/route';
import { GET as docsRoute } from '@/app/api/docs/route';
import { GET as docsAssetRoute } from '@/app/api/docs/[asset]/route';
import { buildOpenApiDocument } from '@/lib/server/contract/openapi';
import { API_ROUTES } from '@/lib/server/contract/routes';
import { apiRouteFiles } from './helpers/api-routes';
import { send } from './helpers/api';

const served = apiRouteFiles({ except: ['auth'] }).map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
const declared = Object.keys(API_ROUTES).sort();
const document = buildOpenApiDocument();
const operations = Object.entries(document.paths ?? {}).flatMap(([p, item]) =>
  Object.keys(item ?? {})
    .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
    .map((method) => `${method.toUpperCase()} ${p}`),
);

describe('the API contract', () => {
  it('has an entry for every method a route file exports, and a handler for every entry', () => {
    expect(served.filter((key) => !declared.includes(key))).toEqual([]);
    expect(declared.filter((key) => !served.includes(key))).toEqual([]);
  });

  it('documents every route and method, next-auth’s catch-all by the paths a script signs in with', () => {
    expect(declared.filter((key) => !operations.includes(key))).toEqual([]);
    const authMethods = apiRouteFiles()
      .filter((r) => r.url.startsWith('/api/auth/'))
      .map((r) => r.method);
    expect(authMethods.sort()).toEqual(['GET', 'POST']);
    for (const method of authMethods) expect(operations.some((op) => op.startsWith(`${method} /api/auth/`))).toBe(true);
    // Nothing documented that is not served.
    expect(operations.filter((op) => !declared.includes(op) && !op.includes(' /api/auth/'))).toEqual([]);
  });

  it('gives every operation its parameters, body, answer and the error shape', () => {
    const patch = document.paths?.['/api/claims/{id}']?.patch as Record<string, any>;
    expect(patch.parameters).toEqual([expect.objectContaining({ in: 'path', name: 'id', required: true })]);
    expect(patch.requestBody.content['application/json'].schema.required).toEqual(['version']);
    expect(patch.responses['200'].content['application/json'].schema.properties.claim).toEqual({ $ref: '#/components/schemas/Claim' });
    expect(patch.responses['409'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ApiError' });
    const queue = document.paths?.['/api/review-queue']?.get as Record<string, any>;
    expect(queue.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`).sort()).toEqual([
      'query:articleId',
      'query:assignedTo',
      'query:authorId',
      'query:minAgeHours',
      'query:verdict',
    ]);
    const upload = document.paths?.['/api/articles']?.post as Record<string, any>;
    expect(Object.keys(upload.requestBody.content).sort()).toEqual(['application/json', 'multipart/form-data']);
    const exported = document.paths?.['/api/articles/{id}/export']?.get as Record<string, any>;
    expect(Object.keys(exported.responses['200'].content)).toContain('application/pdf');
    for (const op of Object.values(document.paths ?? {}).flatMap((item) => Object.values(item ?? {})) as Record<string, any>[]) {
      expect(Object.keys(op.responses).length).toBeGreaterThan(0);
    }
  });

  it('is valid OpenAPI 3.1', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'openapi-')), 'openapi.json');
    fs.writeFileSync(file, JSON.stringify(document));
    // The validator is an ES module; its own command line runs it outside Jest's CommonJS.
    const cli = path.join(path.dirname(require.resolve('@seriousme/openapi-schema-validator/package.json')), 'bin', 'validate-api-cli.js');
    const verdict = JSON.parse(execFileSync(process.execPath, [cli, file], { encoding: 'utf8' }));
    expect(verdict.errors ?? []).toEqual([]);
    expect(verdict.valid).toBe(true);
    expect(document.openapi).toBe('3.1.0');
  });

  it('is served at GET /api/openapi.json to anyone, without a session', async () => {
    const res = await send(openApiRoute, 'GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(document)));
  });

  it('is browsable at GET /api/docs: Swagger UI over that document, its scripts carrying the request’s nonce', async () => {
    const res = await send(docsRoute, 'GET', '/api/docs', { headers: { 'content-security-policy': "script-src 'nonce-abc123==' 'strict-dynamic'" } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain("url: '/api/openapi.json'");
    expect(html.match(/<script[^>]*>/g)).toEqual(['<script src="/api/docs/swagger-ui-bundle.js" nonce="abc123==">', '<script nonce="abc123==">']);
    const bundle = await send(docsAssetRoute, 'GET', '/api/docs/swagger-ui-bundle.js', {}, { asset: 'swagger-ui-bundle.js' });
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await bundle.text()).toContain('SwaggerUIBundle');
  });
});
