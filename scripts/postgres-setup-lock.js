// The PostgreSQL advisory lock the set-up holds, so that of several instances
// starting together on one database one sets it up and the others wait, then
// find it done. Session-level, on a connection of its own: it is held for as
// long as that connection lives, across the migrations (run on it) and the
// seed (another process, with its own connections); closing the connection
// releases it, also when the process holding it dies.
const { Client } = require('pg');

// The key postgres-migrate.js has always locked, so an older `npm run db:migrate` waits too.
const SETUP_LOCK_KEY = 7274_2611;

/**
 * Runs fn(client) holding the set-up lock; client is the locked connection.
 * onWait is called once when another session holds the lock and this one has to wait.
 */
async function withSetupLock(connectionString, fn, { onWait = () => {} } = {}) {
  const client = new Client({ connectionString });
  // Without a listener a connection dropped while fn runs would crash the process
  // unexplained; the next query on it fails instead, and says why.
  client.on('error', () => {});
  await client.connect();
  try {
    const { rows } = await client.query('SELECT pg_try_advisory_lock($1) AS locked', [SETUP_LOCK_KEY]);
    if (!rows[0].locked) {
      onWait();
      await client.query('SELECT pg_advisory_lock($1)', [SETUP_LOCK_KEY]);
    }
    const result = await fn(client);
    // The lock must still have been held when fn ended: fails if the connection was lost meanwhile.
    await client.query('SELECT pg_advisory_unlock($1)', [SETUP_LOCK_KEY]);
    return result;
  } finally {
    await client.end().catch(() => {});
  }
}

module.exports = { withSetupLock, SETUP_LOCK_KEY };
