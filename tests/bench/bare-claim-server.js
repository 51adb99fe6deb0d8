// The yardstick for the claim-save bench: the same claim insert as
// POST /api/articles/:id/claims, with nothing else — node:http, better-sqlite3,
// no framework, no ORM, no session. It checks the selector against the latest
// revision's text and writes the claim and its audit event in one transaction,
// on the same schema and SQLite settings as the app.
// Usage: node bare-claim-server.js <sqlite file> <port>
const http = require('node:http');
const crypto = require('node:crypto');
const Database = require('better-sqlite3');

const [file, port] = process.argv.slice(2);
const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma('busy_timeout = 5000');

const latest = db.prepare('SELECT id, text FROM ArticleRevision WHERE articleId = ? ORDER BY number DESC LIMIT 1');
const insertClaim = db.prepare(
  `INSERT INTO Claim (id, articleId, revisionId, exact, prefix, suffix, start_offset, end_offset, statement, status, authorId, createdAt, updatedAt)
   VALUES (@id, @articleId, @revisionId, @exact, @prefix, @suffix, @start, @end, @exact, 'DRAFT', @authorId, @now, @now)`,
);
const insertAudit = db.prepare(
  `INSERT INTO AuditEvent (id, actorId, entityType, entityId, claimId, action, after, createdAt) VALUES (?, ?, 'Claim', ?, ?, 'claim.created', ?, ?)`,
);
const save = db.transaction((row) => {
  insertClaim.run(row);
  insertAudit.run(crypto.randomUUID(), row.authorId, row.id, row.id, JSON.stringify({ selector: { exact: row.exact, start: row.start, end: row.end } }), row.now);
});

function reply(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

http
  .createServer((req, res) => {
    const match = /^\/articles\/([^/]+)\/claims\?author=([^&]+)$/.exec(req.url || '');
    if (req.method !== 'POST' || !match) return reply(res, 404, { error: 'not found' });
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      try {
        const { selector } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const revision = latest.get(match[1]);
        if (!revision) return reply(res, 404, { error: 'no article' });
        if (revision.text.slice(selector.start, selector.end) !== selector.exact) return reply(res, 422, { error: 'mismatch' });
        const row = {
          id: crypto.randomUUID(),
          articleId: match[1],
          revisionId: revision.id,
          exact: selector.exact,
          prefix: revision.text.slice(Math.max(0, selector.start - 32), selector.start),
          suffix: revision.text.slice(selector.end, selector.end + 32),
          start: selector.start,
          end: selector.end,
          authorId: decodeURIComponent(match[2]),
          now: new Date().toISOString(),
        };
        save(row);
        reply(res, 201, { claim: row });
      } catch (error) {
        reply(res, 400, { error: String(error) });
      }
    });
  })
  .listen(Number(port), '127.0.0.1', () => console.log(`bare claim server on ${port}`));
