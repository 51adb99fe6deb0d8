#!/usr/bin/env node
// `npm start`: prepare the database, build the app when the sources changed
// since the last build, then serve it on PORT (default 3000).
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { spawnSync, spawn } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const port = process.env.PORT || '3000';
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
};

function runOrExit(args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env });
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

runOrExit([path.join(__dirname, 'setup-db.js')]);

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
const server = spawn(process.execPath, [nextBin, 'start', '-p', port], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
