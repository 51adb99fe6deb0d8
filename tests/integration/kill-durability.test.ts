// Faults (issue 7): the server killed with SIGKILL in the middle of a burst of
// writes loses nothing it acknowledged and half-writes nothing. The server is a
// child process serving the app's real route handlers over HTTP
// (helpers/app-server.ts, run with tsx: no Next build needed), so the
// real services, transactions and SQLite settings (WAL, lib/server/db.ts) are
// what is tested. Eight clients create claims and add a source to each (each a
// multi-row transaction: claim, search entry and audit event; source, claim
// version and audit event) as fast as they can; the child is killed while
// requests are in flight, then restarted on the same file, three rounds. After
// each kill the file is opened directly: integrity_check, every acknowledged
// write present with its audit event, no row without the rows written with it.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { db } from '@/lib/server/db';
import { QUOTES, selectionOf } from './helpers/api';
import { startAppServer, stopAppServer, type AppServer as Server } from './helpers/app-server-process';
import { seedWorld, sessionCookie } from './helpers/world';

const CLIENTS = 8;
/** How long after the first acknowledgements each round's kill comes: early, middle, late. */
const KILL_AFTER_MS = [200, 400, 600];

// SQLite files are what this is about; a PostgreSQL run of the suite skips it.
const onSqlite = (process.env.DATABASE_URL ?? 'file:').startsWith('file:');
const describeOnSqlite = onSqlite ? describe : describe.skip;

interface Acked {
  claims: { id: string; statement: string }[];
  sources: { id: string; claimId: string; url: string }[];
}

interface BurstResult {
  inFlightAtKill: number;
  /** requests cut off by the kill: their outcome is unknown, so they prove nothing either way */
  cutOff: number;
  /** answers other than the expected 201: there must be none */
  refused: string[];
  signal: NodeJS.Signals | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function burst(server: Server, cookie: string, article: { id: string; text: string }, round: number, killAfterMs: number, acked: Acked): Promise<BurstResult> {
  const quotes = Object.values(QUOTES);
  let stop = false;
  let inFlight = 0;
  let cutOff = 0;
  let ackedThisRound = 0;
  const refused: string[] = [];

  async function post(pathname: string, body: unknown): Promise<{ status: number; json: any }> {
    inFlight += 1;
    try {
      const res = await fetch(server.base + pathname, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      });
      // Acknowledged only once the whole answer, with the new id, has arrived.
      return { status: res.status, json: await res.json() };
    } finally {
      inFlight -= 1;
    }
  }

  async function client(n: number): Promise<void> {
    for (let i = 0; !stop; i++) {
      const statement = `round ${round} client ${n} claim ${i}`;
      let claimId: string;
      try {
        const { status, json } = await post(`/api/articles/${article.id}/claims`, { selector: selectionOf(article.text, quotes[i % quotes.length]), statement, verdict: 'false' });
        if (status !== 201) {
          refused.push(`create ${status} ${JSON.stringify(json)}`);
          return;
        }
        claimId = json.claim.id;
        acked.claims.push({ id: claimId, statement });
        ackedThisRound += 1;
      } catch {
        cutOff += 1;
        return;
      }
      try {
        const url = `https://example.org/r${round}/c${n}/${i}`;
        const { status, json } = await post(`/api/claims/${claimId}/sources`, { url, title: statement });
        if (status !== 201) {
          refused.push(`source ${status} ${JSON.stringify(json)}`);
          return;
        }
        acked.sources.push({ id: json.source.id, claimId, url });
      } catch {
        cutOff += 1;
        return;
      }
    }
  }

  const clients = Array.from({ length: CLIENTS }, (_, n) => client(n));
  // Let the burst get going, then kill it while requests are in flight.
  const started = Date.now();
  while (ackedThisRound < CLIENTS && Date.now() - started < 20_000 && refused.length === 0) await sleep(5);
  await sleep(killAfterMs);
  const inFlightAtKill = inFlight;
  server.child.kill('SIGKILL');
  const { signal } = await server.exited;
  stop = true;
  await Promise.all(clients);
  return { inFlightAtKill, cutOff, refused, signal };
}

function tableExists(sqlite: Database.Database, name: string): boolean {
  return sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?").get(name) !== undefined;
}

/** Everything wrong with the file: lost acknowledged writes, half-written ones, corruption. Empty when all is well. */
function problemsIn(file: string, acked: Acked): string[] {
  const sqlite = new Database(file);
  try {
    const problems: string[] = [];
    const integrity = sqlite.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${integrity}`);
    const foreignKeys = sqlite.pragma('foreign_key_check') as unknown[];
    if (foreignKeys.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(foreignKeys.slice(0, 5))}`);

    const claims = new Map((sqlite.prepare('SELECT id, version, statement FROM "Claim"').all() as { id: string; version: number; statement: string }[]).map((c) => [c.id, c]));
    const sources = new Map((sqlite.prepare('SELECT id, claimId, url FROM "Source"').all() as { id: string; claimId: string; url: string }[]).map((s) => [s.id, s]));
    const events = sqlite.prepare('SELECT entityType, entityId, claimId, action FROM "AuditEvent"').all() as { entityType: string; entityId: string; claimId: string | null; action: string }[];
    const created = new Map<string, number>();
    const added = new Map<string, number>();
    for (const e of events) {
      if (e.action === 'claim.created') created.set(e.entityId, (created.get(e.entityId) ?? 0) + 1);
      if (e.action === 'source.added') added.set(e.entityId, (added.get(e.entityId) ?? 0) + 1);
      if (e.action === 'claim.created' && !claims.has(e.entityId)) problems.push(`claim.created event for a claim that is not there: ${e.entityId}`);
      if (e.action === 'source.added' && !sources.has(e.entityId)) problems.push(`source.added event for a source that is not there: ${e.entityId}`);
    }

    // Every acknowledged write is there.
    for (const claim of acked.claims) {
      const row = claims.get(claim.id);
      if (!row) problems.push(`acknowledged claim lost: ${claim.id}`);
      else if (row.statement !== claim.statement) problems.push(`acknowledged claim ${claim.id} says ${JSON.stringify(row.statement)}, not ${JSON.stringify(claim.statement)}`);
    }
    for (const source of acked.sources) {
      const row = sources.get(source.id);
      if (!row) problems.push(`acknowledged source lost: ${source.id}`);
      else if (row.claimId !== source.claimId || row.url !== source.url) problems.push(`acknowledged source ${source.id} changed: ${JSON.stringify(row)}`);
    }

    // Nothing half-written: each row has the rows its transaction wrote with it.
    const sourcesPerClaim = new Map<string, number>();
    for (const s of sources.values()) sourcesPerClaim.set(s.claimId, (sourcesPerClaim.get(s.claimId) ?? 0) + 1);
    for (const c of claims.values()) {
      if (created.get(c.id) !== 1) problems.push(`claim ${c.id} has ${created.get(c.id) ?? 0} claim.created events`);
      // Adding a source bumps the claim's version in the same transaction; nothing else touches these claims.
      if (c.version !== 1 + (sourcesPerClaim.get(c.id) ?? 0)) problems.push(`claim ${c.id} is at version ${c.version} with ${sourcesPerClaim.get(c.id) ?? 0} sources`);
    }
    for (const s of sources.values()) {
      if (added.get(s.id) !== 1) problems.push(`source ${s.id} has ${added.get(s.id) ?? 0} source.added events`);
      if (!claims.has(s.claimId)) problems.push(`source ${s.id} of a claim that is not there`);
    }
    // The claim-search index is written with the claim (lib/server/claim-search): when the schema has it, it agrees.
    if (tableExists(sqlite, 'ClaimSearchEntry')) {
      const indexed = new Set((sqlite.prepare('SELECT claimId FROM "ClaimSearchEntry"').all() as { claimId: string }[]).map((r) => r.claimId));
      for (const id of claims.keys()) if (!indexed.has(id)) problems.push(`claim ${id} has no search entry`);
      if (indexed.size !== claims.size) problems.push(`${indexed.size} search entries for ${claims.size} claims`);
    }
    return problems;
  } finally {
    sqlite.close();
  }
}

describeOnSqlite('SIGKILL in the middle of a burst of writes', () => {
  const file = (process.env.DATABASE_URL ?? '').slice('file:'.length);
  const acked: Acked = { claims: [], sources: [] };
  let article: { id: string; text: string };
  let cookie: string;
  let server: Server | null = null;

  beforeAll(async () => {
    const world = await seedWorld();
    article = { id: world.article.id, text: world.revision.text };
    cookie = await sessionCookie(world.editor);
    // From here on only the child and direct reads touch the file.
    await db.$disconnect();
  });

  afterAll(async () => {
    if (server) await stopAppServer(server);
  });

  it('loses no acknowledged write and half-writes nothing, over three kill-and-restart rounds', async () => {
    const rounds: string[] = [];
    for (const [round, killAfterMs] of KILL_AFTER_MS.entries()) {
      const t0 = Date.now();
      server = await startAppServer();
      const startMs = Date.now() - t0;

      // The restarted server serves everything acknowledged before the last kill.
      for (const claim of acked.claims) {
        const res = await fetch(`${server.base}/api/claims/${claim.id}`, { headers: { cookie }, signal: AbortSignal.timeout(10_000) });
        expect([claim.id, res.status]).toEqual([claim.id, 200]);
        const body = await res.json();
        const ackedUrls = acked.sources.filter((s) => s.claimId === claim.id).map((s) => s.url);
        expect(body.claim.statement).toBe(claim.statement);
        expect(body.claim.sources.map((s: { url: string }) => s.url)).toEqual(expect.arrayContaining(ackedUrls));
      }

      const before = { claims: acked.claims.length, sources: acked.sources.length };
      const result = await burst(server, cookie, article, round, killAfterMs, acked);
      expect(result.refused).toEqual([]);
      expect(result.signal).toBe('SIGKILL');
      // Killed mid-burst: writes were in flight and acknowledged ones were made this round.
      expect(result.inFlightAtKill).toBeGreaterThan(0);
      expect(acked.claims.length - before.claims).toBeGreaterThanOrEqual(CLIENTS);
      expect(stderrErrors(server.stderr())).toEqual([]);

      // The commits live in the write-ahead log the killed process never checkpointed.
      expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
      expect(problemsIn(file, acked)).toEqual([]);
      rounds.push(
        `round ${round + 1}: server up in ${startMs} ms, killed ${killAfterMs} ms into the burst with ${result.inFlightAtKill} requests in flight; ` +
          `${acked.claims.length - before.claims} claims and ${acked.sources.length - before.sources} sources acknowledged, ${result.cutOff} cut off`,
      );
    }

    // One more restart: the file still takes writes after three crashes.
    server = await startAppServer();
    const res = await fetch(`${server.base}/api/articles/${article.id}/claims`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ selector: selectionOf(article.text, QUOTES.nine), statement: 'after the crashes' }),
    });
    expect(res.status).toBe(201);
    acked.claims.push({ id: (await res.json()).claim.id, statement: 'after the crashes' });
    server.child.kill('SIGKILL');
    await server.exited;

    const sqlite = new Database(file);
    try {
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      const counts = sqlite.prepare('SELECT (SELECT count(*) FROM "Claim") AS claims, (SELECT count(*) FROM "Source") AS sources').get() as { claims: number; sources: number };
      rounds.push(`in the file: ${counts.claims} claims, ${counts.sources} sources; acknowledged: ${acked.claims.length} claims, ${acked.sources.length} sources`);
      // Unacknowledged writes may have landed (the answer was cut off), but never more than one per client per round and request kind.
      expect(counts.claims - acked.claims.length).toBeLessThanOrEqual(CLIENTS * KILL_AFTER_MS.length);
      expect(counts.sources - acked.sources.length).toBeLessThanOrEqual(CLIENTS * KILL_AFTER_MS.length);
    } finally {
      sqlite.close();
    }
    expect(problemsIn(file, acked)).toEqual([]);
    console.log(rounds.join('\n'));
  }, 120_000);

  it('has checks that catch a lost or half-written write (run on a tampered copy)', () => {
    expect(acked.sources.length).toBeGreaterThan(0);
    const copy = `${file}.tampered`;
    fs.copyFileSync(file, copy);
    try {
      const sqlite = new Database(copy);
      const victim = acked.sources[0];
      const other = acked.claims.find((c) => c.id !== victim.claimId)!;
      sqlite.prepare('DELETE FROM "Source" WHERE id = ?').run(victim.id);
      sqlite.prepare(`DELETE FROM "AuditEvent" WHERE action = 'claim.created' AND entityId = ?`).run(other.id);
      sqlite.close();
      const problems = problemsIn(copy, acked);
      expect(problems).toEqual(
        expect.arrayContaining([
          `acknowledged source lost: ${victim.id}`,
          `source.added event for a source that is not there: ${victim.id}`,
          expect.stringMatching(new RegExp(`^claim ${victim.claimId} is at version \\d+ with \\d+ sources$`)),
          `claim ${other.id} has 0 claim.created events`,
        ]),
      );
    } finally {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(copy + suffix, { force: true });
    }
  });
});

/** Errors the child logged (a 500's cause, an unhandled rejection); the READY line and warnings are not errors. */
function stderrErrors(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((line) => /error|unhandled|exception/i.test(line))
    .slice(0, 10);
}
