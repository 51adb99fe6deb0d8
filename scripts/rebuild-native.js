#!/usr/bin/env node
// better-sqlite3 is the one dependency compiled for one Node.js version (its
// ABI); the other native ones are N-API and load under any. `npm install` leaves
// an installed copy alone, so a checkout installed under one Node (.ci/run's
// Node 24) and then used under another (Debian's Node 20) had `npm install &&
// npm start` fail to open the database: "compiled against a different Node.js
// version". Run first in `postinstall`: when the module no longer loads for
// that reason, it is rebuilt from source for this Node (about a minute).
const { spawnSync } = require('node:child_process');

// The compiled part is loaded on the first database, not on require. Checked in
// a child process: a process that failed to load it once cannot load it again.
const CHECK = "const Database = require('better-sqlite3'); new Database(':memory:').close();";

/** What opening a database under this Node printed when it failed, or null when it worked. */
function loadError() {
  const result = spawnSync(process.execPath, ['-e', CHECK], { encoding: 'utf8' });
  return result.status === 0 ? null : `${result.stderr}`;
}

const error = loadError();
// Built for another Node: the one failure a rebuild mends; any other is left to the steps that use it.
if (error !== null && /NODE_MODULE_VERSION/.test(error)) {
  console.log(`better-sqlite3 was built for another Node.js version; rebuilding it for Node ${process.version}...`);
  const npm = process.env.npm_execpath;
  const result = npm ? spawnSync(process.execPath, [npm, 'rebuild', 'better-sqlite3'], { stdio: 'inherit' }) : spawnSync('npm', ['rebuild', 'better-sqlite3'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  const after = loadError();
  if (after !== null) {
    console.error(after);
    process.exit(1);
  }
}
