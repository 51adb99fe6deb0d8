#!/usr/bin/env node
// `npm start`: prepare the database, build the app when the sources changed
// since the last build, then serve it on PORT (default 3000).
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { spawnSync } = require('node:child_process');
const { supervise } = require('./supervise');

const root = path.resolve(__dirname, '..');
const port = process.env.PORT || '3000';
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
};

function runOrExit(args, extraEnv = {}) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// A fingerprint of everything that goes into the build: file names, sizes and mtimes.
function sourceFingerprint() {
  const hash = crypto.createHash('sha256');
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const stat = fs.statSync(full);
        hash.update(`${path.relative(root, full)}:${stat.size}:${stat.mtimeMs}\n`);
      }
    }
  };
  for (const dir of ['app', 'components', 'lib', 'public']) walk(path.join(root, dir));
  for (const file of ['package-lock.json', 'next.config.js', 'tsconfig.json', 'prisma/schema.prisma']) {
    const full = path.join(root, file);
    if (fs.existsSync(full)) hash.update(`${file}:${fs.statSync(full).mtimeMs}\n`);
  }
  return hash.digest('hex');
}

// Node 20 (what Debian ships here) reached end of life in April 2026; the
// workbench still runs on 20.19+, and says once what CI and the bench run on.
const RECOMMENDED_NODE_MAJOR = 24;
if (Number(process.versions.node.split('.')[0]) < RECOMMENDED_NODE_MAJOR) {
  console.log(`Running on Node ${process.versions.node}. Node ${RECOMMENDED_NODE_MAJOR} LTS is recommended (CI and the benchmark run on it, and it spends less CPU per request): README, "Node.js".`);
}

// Published fact-checks name the desk (ClaimReview's author, the public pages,
// the feed); Google asks for its name and site. Said at every start until set.
const unsetOrganization = ['ORGANIZATION_NAME', 'ORGANIZATION_URL'].filter((name) => !process.env[name]);
if (unsetOrganization.length > 0) {
  console.log(
    `Warning: ${unsetOrganization.join(' and ')} not set: published fact-checks and their ClaimReview markup credit a placeholder name with no site. Set them to your newsroom's name and site: README, "Publishing".`,
  );
}

// The seed leaves how to sign in (demo accounts and their passwords, when it
// knows them) in this file; it is said again last, once the server is up, so a
// newcomer finds it below the build's output instead of above it.
const signInNote = path.join(root, 'data', `.sign-in-note-${process.pid}`);
runOrExit([path.join(__dirname, 'setup-db.js')], { SEED_SIGN_IN_NOTE: signInNote });
const signIn = fs.existsSync(signInNote) ? fs.readFileSync(signInNote, 'utf8').trimEnd() : '';
fs.rmSync(signInNote, { force: true });

const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const stampFile = path.join(root, '.next', 'source-fingerprint');
const fingerprint = sourceFingerprint();
const built = fs.existsSync(path.join(root, '.next', 'BUILD_ID')) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === fingerprint;
if (!built || process.env.FORCE_BUILD === '1') {
  console.log('Building the app (next build)...');
  runOrExit([nextBin, 'build']);
  fs.writeFileSync(stampFile, fingerprint);
}

console.log(`Serving the workbench on http://localhost:${port}`);
// Restarted if it dies on its own (scripts/supervise.js), saying so in the log.
// Idle connections are kept 65 s, past the 60 s a proxy or load balancer
// usually keeps them: with Node's 5 s, the server could close a connection
// just as a client sent a request on it, and that request failed with
// ECONNRESET (seen in the e2e suite, an API client idle for ~5 s).
const KEEP_ALIVE_MS = '65000';
const supervisor = supervise(process.execPath, [nextBin, 'start', '-p', port, '--keepAliveTimeout', KEEP_ALIVE_MS], { spawnOptions: { cwd: root, env } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => supervisor.stop(signal));

// After `next start` says it is ready (it prints nothing more on its own):
// the last lines a newcomer sees are where to go, how to sign in, how to stop.
async function sayHowToSignInOnceServing() {
  for (let attempt = 0; attempt < 600 && supervisor.current().exitCode === null; attempt++) {
    try {
      await fetch(`http://localhost:${port}/api/auth/csrf`);
      const accounts = signIn ? `${signIn}\n` : 'Sign in with your account (the set-up above said how the first one was made: README, "Demo accounts").\n';
      console.log(`\nThe workbench is ready: ${env.NEXTAUTH_URL}\n${accounts}Stop it with Ctrl+C.\n`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
sayHowToSignInOnceServing();
