// The same-work yardstick of the claim-save bench (issue 14): node:http and
// better-sqlite3 doing, for POST /api/articles/:id/claims, everything the app's
// route does for a save, and nothing more, so app / same-work is the cost of
// the framework and the ORM (the bare server, bare-claim-server.js, is the
// floor: the insert alone).
//
// Per request, in the route's order:
// - proxy.ts: a path that is not UTF-8 once decoded is answered 400; a fresh
//   script nonce and the security headers of an /api answer
//   (lib/server/http/security-headers.ts, malformed-path.ts);
// - route(): cross-site writes refused (same-origin.ts), an id holding U+0000 is 404;
// - requireActor(): the next-auth session cookie (chunks joined as next-auth's
//   SessionStore does) decrypted as next-auth 4's decode does (HKDF-SHA256 of
//   the secret, "NextAuth.js Generated Encryption Key", 32 bytes, @panva/hkdf;
//   jose jwtDecrypt, A256GCM, 15 s clock tolerance); its `sub` and `sid`; then
//   the SELECT of current-actor.ts over Session and User, word for word (a live
//   session of an active user, else 401; 403 when a password change is due);
// - read.body(): application/json (415), at most 2 MB (413), strict UTF-8, JSON,
//   no U+0000, createClaimSchema (422 with details by field), with the project's
//   own read-body.ts and lib/validation;
// - createClaim(): authorize(actor, 'claim:create'); one transaction: the
//   article's latest revision (404 when none, telling "no such article" from
//   "no text" as load-latest-revision.ts does), requireSelector() (the
//   selector checked against the text, prefix and suffix rebuilt: 422
//   otherwise), the verdict checked against the scale when one is sent, the
//   claim inserted (RETURNING its row, ids made as Prisma makes them: cuid), its
//   ClaimSearchEntry (searchEntryData(): lib/domain/claim-matching tokens; FTS5
//   follows by trigger, as in the app) and its claim.created AuditEvent (the
//   `after` of create-claim.ts);
// - the answer: { claim } as toClaimDto() builds it, 201, application/json.
// The pure functions are the project's own TypeScript, loaded through tsx as
// the work pool's threads load theirs (lib/server/work/worker.cjs), so there is
// one copy of every rule; the SQL is what Prisma sends, written out.
//
// What it leaves out, on purpose: next-auth's key is derived once per secret,
// not on every request (the derivation is the same; redoing it per request is
// waste the app is removing too, issue 14); no gzip of the answer (the app's
// answers are not compressed either once `compress: false` is in: compress at
// the proxy); TRUST_PROXY is read as unset (as in the bench's app). It does not
// cache the revision text: each save reads it in the transaction, as
// create-claim.ts does today.
//
// Usage: NEXTAUTH_SECRET=... [NEXTAUTH_URL=...] node same-work-claim-server.js <sqlite file> <port>
// Listens on 127.0.0.1 only.
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const Database = require('better-sqlite3');
const { hkdf } = require('@panva/hkdf');
const { jwtDecrypt } = require('jose');

require('tsx/cjs/api').register();
const root = path.join(__dirname, '..', '..');
const load = (file) => require(path.join(root, file));
const { AppError, isAppError } = load('lib/domain/errors.ts');
const { authorize } = load('lib/server/auth/authorize.ts');
const { requireSelector } = load('lib/server/claims/require-selector.ts');
const { toClaimDto } = load('lib/server/claims/claim-dto.ts');
const { searchEntryData } = load('lib/server/claim-search/index-claim-statement.ts');
const { decodeUtf8, isJsonContentType, MAX_BODY_BYTES, parseWith } = load('lib/server/http/read-body.ts');
const { errorBody } = load('lib/server/http/error-body.ts');
const { isMalformedPath } = load('lib/server/http/malformed-path.ts');
const { refuseCrossSite } = load('lib/server/http/same-origin.ts');
const { isHttpsRequest, newNonce, securityHeaders } = load('lib/server/http/security-headers.ts');
const { createClaimSchema } = load('lib/validation/claims.ts');

const [file, port] = process.argv.slice(2);
const secret = process.env.NEXTAUTH_SECRET;
if (!file || !port || !secret) throw new Error('usage: NEXTAUTH_SECRET=... node same-work-claim-server.js <sqlite file> <port>');

// The app's connection: WAL (lib/server/db.ts), better-sqlite3's defaults otherwise. The bench hands
// over a file already in WAL, as the app's is after its set-up, so synchronous is NORMAL in both.
const db = new Database(file);
db.pragma('journal_mode = WAL');

// --- next-auth's session cookie (node_modules/next-auth/jwt/index.js) ---

const secureCookie = (process.env.NEXTAUTH_URL ?? '').startsWith('https://');
const COOKIE_NAME = secureCookie ? '__Secure-next-auth.session-token' : 'next-auth.session-token';
/** next-auth's getDerivedEncryptionKey(secret, ''): derived once here, per request there. */
const encryptionKey = hkdf('sha256', secret, '', 'NextAuth.js Generated Encryption Key', 32);

/** The session token: every cookie whose name starts with the cookie name, joined in chunk order (next-auth's SessionStore). */
function sessionToken(cookieHeader) {
  const chunks = [];
  for (const part of (cookieHeader ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (!name.startsWith(COOKIE_NAME)) continue;
    let value = part.slice(eq + 1).trim();
    try {
      value = decodeURIComponent(value);
    } catch {
      // kept as sent
    }
    chunks.push({ order: parseInt(name.split('.').pop() ?? '0'), value });
  }
  chunks.sort((a, b) => a.order - b.order);
  return chunks.map((c) => c.value).join('');
}

/** getToken(): the decrypted payload, or null for no cookie or one that does not decrypt. */
async function decodeToken(cookieHeader) {
  const token = sessionToken(cookieHeader);
  if (!token) return null;
  try {
    const { payload } = await jwtDecrypt(token, await encryptionKey, { clockTolerance: 15 });
    return payload;
  } catch {
    return null;
  }
}

// --- the SQL Prisma runs, written out (dates as the adapter writes them: ISO 8601 with +00:00) ---

const sqliteDate = (date) => date.toISOString().replace('Z', '+00:00');

// lib/server/auth/current-actor.ts, actorBySession()
const actorQuery = db.prepare(`
    SELECT u."id", u."role", u."name", u."email", u."mustChangePassword"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ? AND s."userId" = ? AND s."revokedAt" IS NULL AND s."expiresAt" > ? AND u."active" = TRUE`);
// loadLatestRevision(tx, articleId, { id: true, text: true })
const latestRevision = db.prepare('SELECT "id", "text" FROM "ArticleRevision" WHERE "articleId" = ? ORDER BY "number" DESC LIMIT 1');
const articleExists = db.prepare('SELECT "id" FROM "Article" WHERE "id" = ?');
// requireVerdict(): CLAIM_INCLUDE.verdict.select
const verdictQuery = db.prepare('SELECT "key", "label", "color", "normalized", "ratingValue" FROM "VerdictOption" WHERE "key" = ?');
const insertClaim = db.prepare(`
    INSERT INTO "Claim" ("id", "articleId", "revisionId", "exact", "prefix", "suffix", "start_offset", "end_offset", "statement", "verdictKey", "rationale", "authorId", "createdAt", "updatedAt")
    VALUES (@id, @articleId, @revisionId, @exact, @prefix, @suffix, @start, @end, @statement, @verdictKey, @rationale, @authorId, @now, @now)
    RETURNING *`);
const insertSearchEntry = db.prepare('INSERT INTO "ClaimSearchEntry" ("claimId", "tokens", "version") VALUES (?, ?, ?)');
const insertAudit = db.prepare(`
    INSERT INTO "AuditEvent" ("id", "actorId", "entityType", "entityId", "claimId", "action", "before", "after", "createdAt")
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);

// --- ids as Prisma's client makes them for @default(cuid()): cuid v1 ---

const BLOCK = 4;
const DISCRETE = 36 ** BLOCK;
const pad = (text, size) => text.padStart(size, '0').slice(-size);
const fingerprint = pad(process.pid.toString(36), 2) + pad([...os.hostname()].reduce((sum, ch) => sum + ch.charCodeAt(0), os.hostname().length + 36).toString(36), 2);
let counter = 0;
const randomBlock = () => pad(Math.floor(Math.random() * DISCRETE).toString(36), BLOCK);
function cuid() {
  counter = counter < DISCRETE ? counter : 0;
  return `c${Date.now().toString(36)}${pad((counter++).toString(36), BLOCK)}${fingerprint}${randomBlock()}${randomBlock()}`;
}

// --- the save ---

/** requireActor(): the signed-in user of a live session, or 401 / 403. */
async function requireActor(cookieHeader) {
  const token = await decodeToken(cookieHeader);
  const userId = typeof token?.sub === 'string' ? token.sub : null;
  const sessionId = typeof token?.sid === 'string' ? token.sid : null;
  const row = userId && sessionId ? actorQuery.get(sessionId, userId, sqliteDate(new Date())) : undefined;
  if (!row) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  const actor = { id: row.id, role: row.role, name: row.name, email: row.email, sessionId, mustChangePassword: Boolean(row.mustChangePassword) };
  if (actor.mustChangePassword) throw new AppError('PASSWORD_CHANGE_REQUIRED', 'Choose a new password first: your password was reset by an admin');
  return actor;
}

/** The body, refused with 413 as soon as it passes the limit (readBytes()). */
function readBytes(req) {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? '0') > MAX_BODY_BYTES) {
      req.resume();
      return reject(new AppError('PAYLOAD_TOO_LARGE', `The body is larger than ${MAX_BODY_BYTES} bytes`));
    }
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners('data');
        req.resume();
        reject(new AppError('PAYLOAD_TOO_LARGE', `The body is larger than ${MAX_BODY_BYTES} bytes`));
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** readJson(req, createClaimSchema), on a body already being read. */
async function readBody(req, bytes) {
  if (!isJsonContentType({ headers: { get: (name) => req.headers[name] ?? null } })) {
    bytes.catch(() => undefined);
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json');
  }
  const text = decodeUtf8(await bytes);
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError('INVALID', 'The body is not valid JSON');
  }
  return parseWith(createClaimSchema, value);
}

/** createClaim()'s transaction; returns the ClaimDto. */
const saveClaim = db.transaction((actor, articleId, input) => {
  const revision = latestRevision.get(articleId);
  if (!revision) throw new AppError('NOT_FOUND', articleExists.get(articleId) ? 'The article has no text' : 'No such article');
  const selector = requireSelector(revision.text, input.selector);
  let verdict = null;
  if (input.verdict) {
    verdict = verdictQuery.get(input.verdict) ?? null;
    if (!verdict) throw new AppError('INVALID', 'Unknown verdict', { verdict: `"${input.verdict}" is not on the verdict scale` });
  }
  const verdictKey = verdict?.key ?? null;
  const statement = input.statement?.trim() || selector.exact;
  const row = insertClaim.get({
    id: cuid(),
    articleId,
    revisionId: revision.id,
    ...selector,
    statement,
    verdictKey,
    rationale: input.rationale ?? '',
    authorId: actor.id,
    now: sqliteDate(new Date()),
  });
  const search = searchEntryData(statement);
  insertSearchEntry.run(row.id, search.tokens, search.version);
  const after = { selector, statement: row.statement, verdict: verdictKey, rationale: row.rationale, status: row.status };
  insertAudit.run(cuid(), actor.id, 'Claim', row.id, row.id, 'claim.created', null, JSON.stringify(after), sqliteDate(new Date()));
  const claim = {
    ...row,
    start: row.start_offset,
    end: row.end_offset,
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
  };
  return toClaimDto({ ...claim, verdict, sources: [], author: { id: actor.id, name: actor.name }, contributors: [], approvals: [] });
});

function send(res, status, body, headers) {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** errorResponse(): the API's error shape for an AppError, 503 for a locked database, else 500. */
function sendError(res, error, headers) {
  if (isAppError(error)) {
    const retryAfter = error.details?.retryAfterSeconds;
    return send(res, error.status, errorBody(error.code, error.message, error.details), typeof retryAfter === 'number' ? { ...headers, 'retry-after': String(retryAfter) } : headers);
  }
  if (error?.code === 'SQLITE_BUSY') return send(res, 503, errorBody('BUSY', 'The database is busy; nothing was saved, try again in a moment'), { ...headers, 'retry-after': '1' });
  if (typeof error?.code === 'string' && error.code.startsWith('SQLITE_CONSTRAINT_UNIQUE')) return send(res, 409, errorBody('CONFLICT', 'Someone else just saved the same thing; try again'), headers);
  console.error('Unhandled error in route handler', error);
  return send(res, 500, errorBody('INTERNAL', 'Something went wrong on our side'), headers);
}

const CLAIMS_PATH = /^\/api\/articles\/([^/]+)\/claims$/;

async function handle(req, res) {
  const url = req.url ?? '/';
  const pathname = url.split('?')[0];
  const absoluteUrl = `http://${req.headers.host ?? `127.0.0.1:${port}`}${url}`;
  // proxy.ts
  const headers = securityHeaders({ nonce: newNonce(), api: pathname === '/api' || pathname.startsWith('/api/'), https: isHttpsRequest({ url: absoluteUrl, forwardedProto: req.headers['x-forwarded-proto'] ?? null, trustProxy: false }) });
  if (isMalformedPath(pathname)) {
    req.resume();
    return send(res, 400, errorBody('BAD_REQUEST', 'The address is not valid UTF-8 once its %-escapes are decoded'), headers);
  }
  const match = CLAIMS_PATH.exec(pathname);
  if (!match || req.method !== 'POST') {
    req.resume();
    return send(res, 404, errorBody('NOT_FOUND', 'Nothing here'), headers);
  }
  // Reading starts now (Node delivers the body as it comes); it is judged after the caller is known.
  const bytes = readBytes(req);
  try {
    // route()
    refuseCrossSite({ method: req.method, url: absoluteUrl, headers: { get: (name) => req.headers[name.toLowerCase()] ?? null } });
    const articleId = decodeURIComponent(match[1]);
    if (articleId.includes('\u0000')) throw new AppError('NOT_FOUND', 'Nothing here has that id');
    // the handler
    const actor = await requireActor(req.headers.cookie);
    const input = await readBody(req, bytes);
    authorize(actor, 'claim:create');
    const claim = saveClaim(actor, articleId, input);
    send(res, 201, { claim }, headers);
  } catch (error) {
    bytes.catch(() => undefined);
    sendError(res, error, headers);
  }
}

const server = http.createServer((req, res) => {
  handle(req, res).catch((error) => sendError(res, error, {}));
});
// As `npm start` runs next start (--keepAliveTimeout 65000).
server.keepAliveTimeout = 65_000;
server.listen(Number(port), '127.0.0.1', () => console.log(`same-work claim server on 127.0.0.1:${port}`));
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    db.close();
    process.exit(0);
  });
