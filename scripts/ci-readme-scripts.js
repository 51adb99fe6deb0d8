#!/usr/bin/env node
// CI's check that every command in README.md's "Scripts" table still works
// (issue 17), run by .ci/run after `npm test` passed, in a fresh clone:
//
//   git clone -q <repo> /tmp/x && cd /tmp/x && npm ci && npm test && node scripts/ci-readme-scripts.js
//
// It reads the table itself: a command in it that this script does not know how
// to exercise fails, as does a step here whose command left the table, so the
// two cannot drift apart. Commands `npm test` runs (its own parts are checked
// against package.json's "test" script) are not run again; every other one is,
// at least in a quick form, against a throwaway SQLite file under
// tests/.tmp/ (gitignored), with NEXTAUTH_SECRET and SEED_PASSWORD set so
// nothing is written into data/ (a developer's database, secret and demo
// passwords stay as they are). The checkout must be clean when it starts
// (`npm run format` and `npm run db:postgres-schema` rewrite files) and must
// be clean again at the end: whatever the commands leave behind is gitignored.
// One line per step (command, seconds, ok / failed); the first failure ends
// the run with exit code 1 and the last lines of that step's output.
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const crypto = require('node:crypto');
const { spawn, spawnSync } = require('node:child_process');
const { listMigrations, SQLITE_MIGRATIONS } = require('./migrations');

const root = path.resolve(__dirname, '..');
const MINUTE = 60_000;
const TAIL_LINES = 40;

/** The parts of `npm test`: not run again here; each must stay in package.json's "test" script. */
const RUN_BY_NPM_TEST = ['typecheck', 'lint', 'format:check', 'test:unit', 'test:integration', 'test:integration:postgres', 'test:e2e'];

// ---------------------------------------------------------------------------
// The README's table

/** The commands in the first column of README.md's "Scripts" table, as npm script names ("start", "db:seed", ...). */
function readmeScripts() {
  const lines = fs.readFileSync(path.join(root, 'README.md'), 'utf8').split('\n');
  const heading = lines.findIndex((line) => /^##\s+Scripts\s*$/.test(line));
  if (heading < 0) throw new Error('README.md has no "## Scripts" section');
  const scripts = [];
  let inTable = false;
  for (const line of lines.slice(heading + 1)) {
    if (!line.startsWith('|')) {
      if (inTable || /^#/.test(line)) break;
      continue;
    }
    inTable = true;
    const cell = line.split('|')[1].trim();
    if (cell === 'script' || /^[-: ]+$/.test(cell)) continue;
    const commands = [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1].trim());
    if (commands.length === 0) throw new Error(`README.md's Scripts table: no command in the row "${line}"`);
    // "`npm run test:unit` / `test:integration`": a bare name continues the row's `npm run`.
    for (const command of commands) {
      const named = /^npm (start|test)$/.exec(command) ?? /^npm run ([\w:-]+)$/.exec(command) ?? /^([\w:-]+)$/.exec(command);
      if (!named) throw new Error(`README.md's Scripts table lists \`${command}\`: not an npm script this check knows how to run`);
      scripts.push(named[1]);
    }
  }
  if (scripts.length === 0) throw new Error('README.md\'s "Scripts" section has no table');
  return scripts;
}

// ---------------------------------------------------------------------------
// Running commands

/** Process groups started here and still running: stopped whatever way this script ends. */
const running = new Set();
const killGroup = (pid, signal) => {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
};
process.on('exit', () => {
  for (const pid of running) killGroup(pid, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(signal === 'SIGINT' ? 130 : 143));

/**
 * `npm <args>` in its own process group (as a terminal runs a command, so
 * SIGINT to the group is a Ctrl+C), its stdout and stderr collected together.
 */
function startNpm(args, env) {
  const child = spawn('npm', args, { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child.pid);
  const proc = { child, output: '', exited: null };
  const collect = (chunk) => {
    proc.output += chunk.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  proc.exited = new Promise((resolve) => {
    child.on('error', (error) => {
      proc.output += `\n${error.stack}\n`;
      resolve({ code: null, signal: null });
    });
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
  return proc;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves with the exit, or with null after `ms` (its timer cleared either way: none may keep this script alive). */
function exitWithin(proc, ms) {
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  return Promise.race([proc.exited, timeout]).finally(() => clearTimeout(timer));
}

/** Whether any process of the group is still alive. */
const groupAlive = (pid) => killGroup(pid, 0);

/** Ends a group that should have ended: SIGTERM, then SIGKILL. */
async function forceStop(proc) {
  const { pid } = proc.child;
  if (killGroup(pid, 'SIGTERM')) {
    for (let i = 0; i < 50 && groupAlive(pid); i += 1) await sleep(100);
    killGroup(pid, 'SIGKILL');
  }
  await exitWithin(proc, 5_000);
  running.delete(pid);
}

class StepFailure extends Error {
  constructor(message, output) {
    super(message);
    this.output = output;
  }
}

/** `npm <args>` to its end within `timeoutMs`; fails unless it exits 0. Returns its output. */
async function runNpm(args, env, timeoutMs) {
  const proc = startNpm(args, env);
  const exit = await exitWithin(proc, timeoutMs);
  if (!exit) {
    await forceStop(proc);
    throw new StepFailure(`npm ${args.join(' ')} did not end within ${timeoutMs / MINUTE} minutes`, proc.output);
  }
  running.delete(proc.child.pid);
  if (exit.code !== 0) throw new StepFailure(`npm ${args.join(' ')} exited with ${exit.code ?? exit.signal}`, proc.output);
  return proc.output;
}

/** A free TCP port (the kernel's pick). */
function sparePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Answers with the HTTP status of GET `url`, or null when nothing answers. */
async function statusOf(url) {
  try {
    const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(30_000) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return null;
  }
}

/**
 * A server command (`npm start`, `npm run dev`) as a newcomer runs it: started,
 * waited for until `path` answers 200 (and `ready(output)` holds), checked,
 * then stopped with Ctrl+C (SIGINT to its process group), which must end every
 * process it started within 30 s and free the port.
 */
async function serve(args, env, port, { path: probePath, timeoutMs, ready = () => true, check = () => {} }) {
  const proc = startNpm(args, env);
  const url = `http://localhost:${port}${probePath}`;
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      const exit = await exitWithin(proc, 0);
      if (exit) throw new StepFailure(`npm ${args.join(' ')} exited with ${exit.code ?? exit.signal} before answering on ${url}`, proc.output);
      const status = await statusOf(url);
      if (status !== null && status !== 200) throw new StepFailure(`GET ${url} answered ${status}, not 200`, proc.output);
      if (status === 200 && ready(proc.output)) break;
      if (Date.now() > deadline)
        throw new StepFailure(
          `npm ${args.join(' ')}: ${status === 200 ? 'answered, but its output never said it was ready' : `no answer on ${url}`} within ${timeoutMs / MINUTE} minutes`,
          proc.output,
        );
      await sleep(1_000);
    }
    // Whatever it prints right after it is ready belongs to its last lines too.
    await sleep(1_000);
    await check(proc.output);
  } catch (error) {
    await forceStop(proc);
    throw error;
  }
  killGroup(proc.child.pid, 'SIGINT');
  const stopBy = Date.now() + 30_000;
  const exit = await exitWithin(proc, 30_000);
  while (exit && groupAlive(proc.child.pid) && Date.now() < stopBy) await sleep(100);
  if (!exit || groupAlive(proc.child.pid)) {
    await forceStop(proc);
    throw new StepFailure(`npm ${args.join(' ')} was still running 30 s after Ctrl+C (SIGINT)`, proc.output);
  }
  running.delete(proc.child.pid);
  if ((await statusOf(url)) !== null) throw new StepFailure(`port ${port} still answers after npm ${args.join(' ')} stopped`, proc.output);
  return { output: proc.output, exit };
}

// ---------------------------------------------------------------------------
// What the checks look at

function gitStatus() {
  const result = spawnSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git status failed: ${result.stderr}`);
  return result.stdout;
}

function expectCleanTree(what, output) {
  const status = gitStatus();
  if (status) throw new StepFailure(`${what} left the checkout changed (git status --porcelain):\n${status}`, output);
}

/** A digest of every row of every table: equal before and after means the command left the database alone. */
function databaseDigest(file) {
  const Database = require('better-sqlite3');
  const db = new Database(file, { fileMustExist: true });
  try {
    const hash = crypto.createHash('sha256');
    for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all()) {
      hash.update(`\0${name}\0`);
      for (const row of db
        .prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`)
        .raw()
        .iterate())
        hash.update(JSON.stringify(row));
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

/** The committed migrations missing from a SQLite file's history table. */
function missingMigrations(file) {
  const Database = require('better-sqlite3');
  const db = new Database(file, { fileMustExist: true });
  try {
    const done = new Set(
      db
        .prepare('SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL')
        .all()
        .map((row) => row.name),
    );
    return listMigrations(SQLITE_MIGRATIONS)
      .map(({ name }) => name)
      .filter((name) => !done.has(name));
  } finally {
    db.close();
  }
}

function userCount(file) {
  const Database = require('better-sqlite3');
  const db = new Database(file, { fileMustExist: true });
  try {
    return db.prepare('SELECT count(*) AS n FROM "User"').get().n;
  } finally {
    db.close();
  }
}

/** The last `n` non-empty lines of an output, ANSI colours removed. */
const lastLines = (output, n) =>
  output
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter(Boolean)
    .slice(-n);

// ---------------------------------------------------------------------------
// The steps

async function main() {
  const started = Date.now();
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const tmp = path.join(root, 'tests', '.tmp', `readme-scripts-${process.pid}`);
  const dbFile = path.join(tmp, 'workbench.db');
  const env = {
    ...process.env,
    DATABASE_URL: `file:${dbFile}`,
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString('base64url'),
    SEED_PASSWORD: `ci-${crypto.randomBytes(12).toString('base64url')}`,
    NEXT_TELEMETRY_DISABLED: '1',
    npm_config_update_notifier: 'false',
  };
  // Each server command gets its own port and says its own address.
  for (const name of ['PORT', 'NEXTAUTH_URL', 'FORCE_BUILD']) delete env[name];

  const byCommand = (cmd) => (cmd === 'start' || cmd === 'test' ? `npm ${cmd}` : `npm run ${cmd}`);
  const steps = [
    {
      script: 'setup',
      name: 'npm run setup',
      timeoutMs: 5 * MINUTE,
      async run() {
        const output = await runNpm(['run', 'setup'], env, this.timeoutMs);
        if (!fs.existsSync(dbFile)) throw new StepFailure(`no database at ${dbFile}`, output);
        const missing = missingMigrations(dbFile);
        if (missing.length) throw new StepFailure(`migrations not applied: ${missing.join(', ')}`, output);
        if (userCount(dbFile) === 0) throw new StepFailure('no account seeded', output);
      },
    },
    {
      script: 'setup',
      name: 'npm run setup (again: all done)',
      timeoutMs: 5 * MINUTE,
      async run() {
        const before = databaseDigest(dbFile);
        const output = await runNpm(['run', 'setup'], env, this.timeoutMs);
        if (!/SQLite database is up to date/.test(output) || !/already seeded/.test(output)) throw new StepFailure('it did not say the database was up to date and already seeded', output);
        if (databaseDigest(dbFile) !== before) throw new StepFailure('it changed the database', output);
      },
    },
    {
      script: 'db:migrate',
      name: 'npm run db:migrate (new file, then again)',
      timeoutMs: 2 * MINUTE,
      async run() {
        const file = path.join(tmp, 'migrate-only.db');
        const own = { ...env, DATABASE_URL: `file:${file}` };
        const output = await runNpm(['run', 'db:migrate'], own, this.timeoutMs);
        const missing = missingMigrations(file);
        if (missing.length) throw new StepFailure(`migrations not applied: ${missing.join(', ')}`, output);
        const before = databaseDigest(file);
        const again = await runNpm(['run', 'db:migrate'], own, this.timeoutMs);
        if (!/up to date/.test(again) || databaseDigest(file) !== before) throw new StepFailure('a second run did not find it up to date', again);
      },
    },
    {
      script: 'db:seed',
      name: 'npm run db:seed (seeded database)',
      timeoutMs: 2 * MINUTE,
      async run() {
        const before = databaseDigest(dbFile);
        const output = await runNpm(['run', 'db:seed'], env, this.timeoutMs);
        if (!/already seeded/.test(output)) throw new StepFailure('it did not say the database was already seeded', output);
        if (databaseDigest(dbFile) !== before) throw new StepFailure('it changed a seeded database', output);
      },
    },
    {
      script: 'db:postgres-schema',
      name: 'npm run db:postgres-schema',
      timeoutMs: MINUTE,
      async run() {
        const output = await runNpm(['run', 'db:postgres-schema'], env, this.timeoutMs);
        expectCleanTree('npm run db:postgres-schema (the committed prisma/postgresql/schema.prisma is out of date)', output);
      },
    },
    {
      script: 'start',
      name: 'npm start (then Ctrl+C)',
      // builds first when there is no build of these sources (CI: the e2e tests' build is)
      timeoutMs: 12 * MINUTE,
      async run() {
        const port = await sparePort();
        const address = `http://localhost:${port}`;
        await serve(['start'], { ...env, PORT: String(port) }, port, {
          path: '/api/auth/csrf',
          timeoutMs: this.timeoutMs,
          ready: (output) => output.includes('Stop it with Ctrl+C'),
          async check(output) {
            const last = lastLines(output, 10).join('\n');
            if (!last.includes(address) || !last.includes('Stop it with Ctrl+C')) throw new StepFailure(`its last lines do not give the address ${address} and 'Stop it with Ctrl+C'`, output);
            const signin = await statusOf(`${address}/signin`);
            if (signin !== 200) throw new StepFailure(`GET ${address}/signin answered ${signin ?? 'nothing'}, not 200`, output);
          },
        });
      },
    },
    {
      script: 'bench',
      name: 'npm run bench -- --quick',
      timeoutMs: 25 * MINUTE,
      async run() {
        const output = await runNpm(['run', 'bench', '--', '--quick'], env, this.timeoutMs);
        const results = JSON.parse(fs.readFileSync(path.join(root, 'bench', 'results.json'), 'utf8'));
        if (results.quick !== true) throw new StepFailure('bench/results.json does not say "quick": true', output);
      },
    },
    {
      script: 'dev',
      name: 'npm run dev (/signin, then Ctrl+C)',
      timeoutMs: 3 * MINUTE,
      async run() {
        const port = await sparePort();
        await serve(['run', 'dev'], { ...env, PORT: String(port) }, port, { path: '/signin', timeoutMs: this.timeoutMs });
      },
    },
    {
      script: 'db:generate',
      name: 'npm run db:generate',
      timeoutMs: 3 * MINUTE,
      async run() {
        const output = await runNpm(['run', 'db:generate'], env, this.timeoutMs);
        expectCleanTree('npm run db:generate', output);
      },
    },
    {
      script: 'build',
      name: 'npm run build',
      timeoutMs: 15 * MINUTE,
      async run() {
        const output = await runNpm(['run', 'build'], env, this.timeoutMs);
        if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new StepFailure('no .next/BUILD_ID after the build', output);
      },
    },
    {
      script: 'format',
      name: 'npm run format (changes nothing)',
      timeoutMs: 5 * MINUTE,
      async run() {
        const output = await runNpm(['run', 'format'], env, this.timeoutMs);
        // Prettier names every file it looked at; the ones it changed are what matter.
        const changed = output
          .split('\n')
          .filter((line) => !line.includes('(unchanged)'))
          .join('\n');
        expectCleanTree('npm run format (some committed code is not formatted)', changed);
      },
    },
  ];

  // The table and this script agree, and every command is a script of package.json.
  const listed = readmeScripts();
  const problems = [];
  for (const script of listed) {
    if (!(script in pkg.scripts)) problems.push(`README.md lists \`${byCommand(script)}\`, which package.json does not have`);
    else if (script !== 'test' && !RUN_BY_NPM_TEST.includes(script) && !steps.some((step) => step.script === script)) {
      problems.push(`README.md lists \`${byCommand(script)}\`, which ${path.relative(root, __filename)} does not know how to exercise: add a step for it`);
    }
  }
  for (const script of new Set(steps.map((step) => step.script)))
    if (!listed.includes(script)) problems.push(`${path.relative(root, __filename)} runs \`${byCommand(script)}\`, which README.md's Scripts table no longer lists`);
  for (const script of RUN_BY_NPM_TEST) {
    if (listed.includes(script) && !new RegExp(`npm run ${script.replace(/[:-]/g, '\\$&')}(?![\\w:-])`).test(pkg.scripts.test ?? ''))
      problems.push(`\`${byCommand(script)}\` is counted as run by \`npm test\`, but package.json's "test" script does not run it`);
  }
  if (problems.length) {
    for (const problem of problems) console.error(`ci-readme-scripts: ${problem}`);
    process.exit(1);
  }

  const dirty = gitStatus();
  if (dirty) {
    console.error(
      `ci-readme-scripts: the checkout has changes (git status --porcelain):\n${dirty}\nRun it in a clean checkout, e.g. a fresh clone: \`npm run format\` and \`npm run db:postgres-schema\` rewrite files, and the checkout must be as clean at the end.`,
    );
    process.exit(1);
  }

  const byTest = listed.filter((script) => script === 'test' || RUN_BY_NPM_TEST.includes(script));
  console.log(`README.md's Scripts table: ${listed.length} commands; run by npm test (before this): ${byTest.map(byCommand).join(', ')}; run here:`);
  fs.mkdirSync(tmp, { recursive: true });
  const width = Math.max(...steps.map((step) => step.name.length));
  for (const step of steps) {
    const t0 = Date.now();
    let failure = null;
    try {
      await step.run();
    } catch (error) {
      failure = error;
    }
    const seconds = ((Date.now() - t0) / 1000).toFixed(1).padStart(6);
    console.log(`  ${step.name.padEnd(width)}  ${seconds} s  ${failure ? 'failed' : 'ok'}`);
    if (failure) {
      const tail = failure.output ? lastLines(failure.output, TAIL_LINES) : [];
      if (tail.length) console.error(`\n--- last ${tail.length} lines of its output ---\n${tail.join('\n')}\n---`);
      console.error(`\nci-readme-scripts: ${step.name} failed: ${failure instanceof StepFailure ? failure.message : failure.stack}`);
      console.error(`(its databases are left in ${path.relative(root, tmp)})`);
      process.exit(1);
    }
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  const left = gitStatus();
  if (left) {
    console.error(`ci-readme-scripts: the checkout is not clean after the steps (git status --porcelain):\n${left}`);
    process.exit(1);
  }
  console.log(`every command of README.md's Scripts table ran (${Math.round((Date.now() - started) / 1000)} s); the checkout is clean`);
}

main().catch((error) => {
  console.error(error.stack);
  process.exit(1);
});
