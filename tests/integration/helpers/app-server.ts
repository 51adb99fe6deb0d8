// Every route handler under app/api (and so the app's real services,
// transactions, database settings and session checks) served over node:http in
// a process of its own, without a Next build: for tests that need a real server
// process to kill (kill-durability.test.ts) or to watch stall
// (slow-input-corpus.test.ts). The route table is built from the route files
// (helpers/api-routes.ts), so a new route is served without touching this file.
// next-auth's catch-all is left out: its handler reads `next/headers`, which
// works only inside Next's own request scope; tests sign in by minting real
// Session rows instead (helpers/world.ts sessionCookie).
// Run as `node --import tsx <this file>` (tsx resolves the `@/` paths; its CLI
// would put a second process between a test and the server; start it with
// helpers/app-server-process.ts): DATABASE_URL, NEXTAUTH_SECRET and
// NEXTAUTH_URL come from the environment; prints `READY <port>` once listening
// on 127.0.0.1 (PORT, default any free port).
import http from 'node:http';
import { NextRequest } from 'next/server';
import { apiRouteFiles, routeMatcher } from './api-routes';

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

// Loaded before READY, so the first request pays no module loading.
const ROUTES = apiRouteFiles({ except: ['auth'] }).map(({ method, url, file }) => ({
  method,
  ...routeMatcher(url),
  handler: (require(file) as Record<string, Handler>)[method],
}));

async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function answer(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
  let found: { match: RegExpExecArray; names: string[]; handler: Handler } | undefined;
  for (const route of ROUTES) {
    const match = route.method === req.method ? route.pattern.exec(url.pathname) : null;
    if (match) found = { match, names: route.names, handler: route.handler };
  }
  if (!found) {
    res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'No such route' } }));
    return;
  }
  const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
  const request = new NextRequest(url, { method: req.method, headers, body: body && new Uint8Array(body) });
  const values = Object.fromEntries(found.names.map((name, i) => [name, decodeURIComponent(found.match[i + 1])]));
  const response = await found.handler(request, { params: Promise.resolve(values) });
  const payload = Buffer.from(await response.arrayBuffer());
  const out: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => (out[name] = value));
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) out['set-cookie'] = cookies;
  res.writeHead(response.status, out).end(payload);
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
