// The claim-save bench's yardsticks (claim-saves.bench.ts): their databases
// and their servers (bare-claim-server.js, same-work-claim-server.js), each a
// child process on 127.0.0.1 that the bench starts, waits for and stops.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { applyMigrations } from '../integration/helpers/test-database';
import { listeningPid } from './proc-stat';

/** A SQLite database and its WAL files, gone. */
function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

/**
 * The database files of the yardsticks are switched to WAL before their server
 * opens them, as the app's is by its set-up (the seed): a connection opening a
 * WAL file gets better-sqlite3's build default for it, synchronous = NORMAL,
 * where one switching to WAL itself keeps FULL. So all three servers commit
 * alike (synchronousOf() checks it; the figures record it).
 */
export function synchronousOf(file: string): string {
  try {
    const db = new Database(file, { readonly: true });
    try {
      const level = Number(db.pragma('synchronous', { simple: true }));
      return ['OFF', 'NORMAL', 'FULL', 'EXTRA'][level] ?? String(level);
    } finally {
      db.close();
    }
  } catch (error) {
    return `unknown (${String(error)})`;
  }
}

/** A database for the bare server: the same migrations, one user, the same article text. */
export function bareDatabase(text: string): { file: string; articleId: string; authorId: string } {
  const file = join(tmpdir(), `workbench-bench-bare-${process.pid}.db`);
  removeDatabase(file);
  applyMigrations(file);
  const db = new Database(file);
  const now = new Date().toISOString();
  db.prepare(`INSERT INTO User (id, email, name, passwordHash, role, active, createdAt, updatedAt) VALUES ('u1', 'editor@example.com', 'Editor', 'x', 'EDITOR', 1, ?, ?)`).run(now, now);
  db.prepare(`INSERT INTO Article (id, slug, title, createdAt, updatedAt) VALUES ('a1', 'a1', 'Bench', ?, ?)`).run(now, now);
  db.prepare(`INSERT INTO ArticleRevision (id, articleId, number, text, contentHash, createdAt) VALUES ('r1', 'a1', 1, ?, 'h', ?)`).run(text, now);
  db.pragma('journal_mode = WAL');
  db.close();
  return { file, articleId: 'a1', authorId: 'u1' };
}

/**
 * A database for the same-work server: the same migrations, and the app's own
 * users, sessions (the ones the bench just signed in), verdict scale, articles
 * and revisions, copied row for row, so the cookies the bench sends the app
 * open the same sessions there. No claims: both start from the app's seed.
 */
export function sameWorkDatabase(appDbFile: string): string {
  const file = join(tmpdir(), `workbench-bench-same-work-${process.pid}.db`);
  removeDatabase(file);
  applyMigrations(file);
  const db = new Database(file);
  try {
    db.prepare('ATTACH DATABASE ? AS app').run(appDbFile);
    db.transaction(() => {
      for (const table of ['User', 'Session', 'VerdictOption', 'Article', 'ArticleRevision']) db.exec(`INSERT INTO main."${table}" SELECT * FROM app."${table}"`);
    })();
    db.exec('DETACH DATABASE app');
    db.pragma('journal_mode = WAL');
  } finally {
    db.close();
  }
  return file;
}

/** Starts one of the yardstick servers (node, same binary as the bench) and waits until it answers. */
export async function startYardstick(script: string, file: string, port: number, env: Record<string, string> = {}): Promise<{ pid: number; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [join(__dirname, script), file, String(port)], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
  const stopOnExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    removeDatabase(file);
  };
  process.once('exit', stopOnExit);
  const stop = async () => {
    process.removeListener('exit', stopOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    removeDatabase(file);
  };
  for (let i = 0; ; i += 1) {
    if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}`);
    try {
      await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2_000) });
      break;
    } catch {
      if (i >= 200) {
        await stop();
        throw new Error(`${script} did not answer on port ${port} within 20 s`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  // Spawned directly: the child is the process that listens.
  if (listeningPid(child.pid!, port) !== child.pid) {
    await stop();
    throw new Error(`port ${port} is not ${script}'s (another process listens on it?)`);
  }
  return { pid: child.pid!, stop };
}

