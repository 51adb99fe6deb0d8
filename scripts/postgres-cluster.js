// A throwaway PostgreSQL cluster for tests: initdb into a temporary folder,
// serve on a loopback port, stop and delete afterwards. Runs the server as the
// `postgres` user when started as root (PostgreSQL refuses to run as root).
// Durability settings are off (fsync, synchronous_commit): test data only.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

/** initdb and pg_ctl, from PG_BIN, PATH or /usr/lib/postgresql/<version>/bin; null when absent. */
function findPostgresBinaries() {
  const dirs = [];
  if (process.env.PG_BIN) dirs.push(process.env.PG_BIN);
  dirs.push(...(process.env.PATH || '').split(path.delimiter));
  const versions = fs.existsSync('/usr/lib/postgresql') ? fs.readdirSync('/usr/lib/postgresql').sort().reverse() : [];
  dirs.push(...versions.map((v) => path.join('/usr/lib/postgresql', v, 'bin')));
  for (const dir of dirs) {
    const initdb = path.join(dir, 'initdb');
    const pgCtl = path.join(dir, 'pg_ctl');
    if (fs.existsSync(initdb) && fs.existsSync(pgCtl)) return { initdb, pgCtl };
  }
  return null;
}

function postgresUser() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (id.status !== 0) throw new Error('Running as root, but there is no `postgres` user to run PostgreSQL as');
  return { uid: Number(id.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

function run(user, command, args) {
  const result = user ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' }) : spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${path.basename(command)} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/**
 * Starts a cluster; returns { port, url(database), stop() }. The superuser is
 * `postgres`, trusted on the loopback interface only.
 */
function startCluster({ port = 54329 } = {}) {
  const binaries = findPostgresBinaries();
  if (!binaries) throw new Error('PostgreSQL binaries (initdb, pg_ctl) not found');
  const user = postgresUser();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-pg-'));
  if (user) fs.chownSync(dir, user.uid, user.gid);
  const data = path.join(dir, 'data');
  run(user, binaries.initdb, ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
  const options = [`-p ${port}`, `-k ${dir}`, '-c listen_addresses=127.0.0.1', '-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off', '-c max_connections=200'];
  run(user, binaries.pgCtl, ['-D', data, '-o', options.join(' '), '-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  let stopped = false;
  return {
    port,
    dir,
    url: (database = 'postgres') => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run(user, binaries.pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

module.exports = { findPostgresBinaries, startCluster };

// `node scripts/postgres-cluster.js [port]`: a throwaway cluster for trying
// things by hand (e.g. writing a PostgreSQL migration); Ctrl+C stops and deletes it.
if (require.main === module) {
  const cluster = startCluster({ port: Number(process.argv[2] || 54329) });
  console.log(`PostgreSQL on ${cluster.url()} (data in ${cluster.dir}); Ctrl+C stops and deletes it`);
  const stop = () => {
    cluster.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => {}, 1 << 30);
}
