// The app's real route handlers (and so its real services, transactions and
// SQLite settings from lib/server/db.ts) served over node:http, without a Next
// build, for tests that kill the server mid-write (kill-durability.test.ts).
// Run as `node --import tsx <this file>` (tsx resolves the `@/` paths; its CLI
// would put a second process between a test and the server): DATABASE_URL, NEXTAUTH_SECRET
// and NEXTAUTH_URL come from the environment; prints `READY <port>` once
// listening on 127.0.0.1 (PORT, default any free port).
import http from 'node:http';
import { NextRequest } from 'next/server';
import { POST as createClaim } from '@/app/api/articles/[id]/claims/route';
import { GET as getClaim } from '@/app/api/claims/[id]/route';
import { POST as addSource } from '@/app/api/claims/[id]/sources/route';

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

const ROUTES: [method: string, pattern: RegExp, names: string[], handler: Handler][] = [
  ['POST', /^\/api\/articles\/([^/]+)\/claims$/, ['id'], createClaim as Handler],
  ['POST', /^\/api\/claims\/([^/]+)\/sources$/, ['id'], addSource as Handler],
  ['GET', /^\/api\/claims\/([^/]+)$/, ['id'], getClaim as Handler],
];

async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function answer(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
  const found = ROUTES.map(([method, pattern, names, handler]) => ({ method, match: pattern.exec(url.pathname), names, handler })).find(
    (route) => route.method === req.method && route.match,
  );
  if (!found || !found.match) {
    res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'No such route' } }));
    return;
  }
  const body = req.method === 'GET' ? undefined : await readBody(req);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
  const request = new NextRequest(url, { method: req.method, headers, body: body && new Uint8Array(body) });
  const values = Object.fromEntries(found.names.map((name, i) => [name, decodeURIComponent(found.match![i + 1])]));
  const response = await found.handler(request, { params: Promise.resolve(values) });
  const payload = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'application/json' }).end(payload);
}

const server = http.createServer((req, res) => {
  answer(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'INTERNAL', message: 'Something went wrong on our side' } }));
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`READY ${typeof address === 'object' && address ? address.port : ''}\n`);
});
