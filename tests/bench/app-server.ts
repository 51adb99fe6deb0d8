// Starts the real app for a bench the way a user does (`npm start`: set-up,
// production build when sources changed, `next start`) on a fresh SQLite file,
// signs clients in the way docs/api.md#signing-in tells scripts to, and samples the server's
// memory while it runs. The bench sends it requests on 127.0.0.1 only. It finds the
// process that actually serves (the Next.js server under the `npm start`
// wrapper, the one listening on the port), whose CPU time the claim-save bench
// reads, and stops the app when the bench process exits, however it exits.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childrenOf, commandLineOf, listeningPid, nodeVersionOf, rssKiB } from './proc-stat';

export const BENCH_PASSWORD = 'bench-only-Passw0rd!';
const root = join(__dirname, '..', '..');

export interface AppServer {
  base: string;
  port: number;
  dbFile: string;
  /** NEXTAUTH_SECRET the app signs its session cookies with (the same-work server decrypts them with it) */
  secret: string;
  /** pid of the process listening on the port: the Next.js server itself, not the `npm start` wrapper */
  serverPid: number;
  /** that process's command line, for the record */
  serverCommand: string;
  /** process.version of the Node binary that runs the server */
  nodeVersion: string;
  /** the sources the app was started (and built, when they changed) from: a shared tree may hold others' uncommitted changes */
  source: { commit: string; changedFiles: number } | null;
  /** highest resident memory seen of the server processes (everything under the npm start wrapper), MiB */
  peakRssMiB(): number;
  /** resident memory of the server processes now, MiB */
  rssMiB(): number;
  /** highest resident memory since the previous call (or the start), MiB: one figure per bench section */
  peakSinceMarkMiB(): number;
  stop(): Promise<void>;
}

/** RSS of every process below `pid` (the wrapper itself excluded). */
function treeRssKiB(pid: number): number {
  let total = 0;
  const stack = childrenOf(pid);
  while (stack.length) {
    const next = stack.pop()!;
    total += rssKiB(next);
    stack.push(...childrenOf(next));
  }
  return total;
}

/** The commit checked out, and how many files differ from it. */
function sourceState(): AppServer['source'] {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', timeout: 10_000 });
    return { commit: git('rev-parse', 'HEAD').trim(), changedFiles: git('status', '--porcelain').split('\n').filter(Boolean).length };
  } catch {
    return null;
  }
}

export async function startApp(port: number): Promise<AppServer> {
  const dbFile = join(tmpdir(), `workbench-bench-app-${process.pid}.db`);
  const secret = randomBytes(32).toString('base64url');
  const base = `http://127.0.0.1:${port}`;
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(dbFile + suffix, { force: true });
  // bench/ is made by run.ts only when it writes the results; the log comes first on a fresh clone.
  mkdirSync(join(root, 'bench'), { recursive: true });
  const log = join(root, 'bench', 'app-server.log');
  const source = sourceState();
  const out = createWriteStream(log);
  const child: ChildProcess = spawn(process.execPath, [join(root, 'scripts', 'start.js')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: `file:${dbFile}`,
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: secret,
      SEED_PASSWORD: BENCH_PASSWORD,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  // Ctrl+C, the bench's time limit or a crash: the app goes with the bench (start.js stops its server on SIGTERM).
  const stopOnExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(dbFile + suffix, { force: true });
  };
  process.once('exit', stopOnExit);
  const deadline = Date.now() + 10 * 60_000;
  process.stdout.write(`starting the app on ${base} (log: bench/app-server.log; builds first if sources changed)...`);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}; see ${log}`);
    try {
      if ((await fetch(`${base}/api/auth/csrf`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the app did not start within 10 minutes');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  console.log(' up');
  const serverPid = listeningPid(child.pid!, port);
  if (serverPid === null) throw new Error(`no process under the app's (pid ${child.pid}) listens on port ${port}`);

  let peak = 0;
  let sincePeak = 0;
  const sampler = setInterval(() => {
    const now = treeRssKiB(child.pid!);
    peak = Math.max(peak, now);
    sincePeak = Math.max(sincePeak, now);
  }, 100);
  return {
    base,
    port,
    dbFile,
    secret,
    source,
    serverPid,
    serverCommand: commandLineOf(serverPid),
    nodeVersion: nodeVersionOf(serverPid),
    peakRssMiB: () => Math.round(Math.max(peak, treeRssKiB(child.pid!)) / 1024),
    rssMiB: () => Math.round(treeRssKiB(child.pid!) / 1024),
    peakSinceMarkMiB() {
      const value = Math.max(sincePeak, treeRssKiB(child.pid!));
      sincePeak = 0;
      return Math.round(value / 1024);
    },
    async stop() {
      clearInterval(sampler);
      process.removeListener('exit', stopOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
      out.end();
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(dbFile + suffix, { force: true });
    },
  };
}

/** Signs in through next-auth's credentials callback; returns the Cookie header value. */
export async function signIn(base: string, email: string, password = BENCH_PASSWORD): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  };
  keep(csrf);
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie() },
    body: new URLSearchParams({ email, password, csrfToken }),
  });
  keep(res);
  if (![...jar.keys()].some((name) => name.endsWith('next-auth.session-token'))) throw new Error(`sign-in as ${email} failed (HTTP ${res.status})`);
  return cookie();
}
