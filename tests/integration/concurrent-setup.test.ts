// Issue 18: several instances started together on one empty PostgreSQL
// database all come up. Each round creates an empty database and starts three
// set-ups at once, each the command `npm run setup` and `npm start` run
// (scripts/setup-db.js, migrations then seed) in its own process: every one
// must exit 0, the migrations must be recorded once and the demo data exist
// once. Before the whole set-up was held under the advisory lock only the
// migrations were, and the seeds raced: in most rounds all but one set-up
// exited 1 with a duplicate key (P2002). The race does not lose every round,
// hence several. SQLite is one process per file; a SQLite run of the suite skips this.
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import pg from 'pg';
import { DEFAULT_VERDICT_SCALE } from '@/lib/domain/verdicts';
import { DEMO_ACCOUNTS } from '@/lib/server/seed/seed-database';
import { listMigrations, POSTGRES_MIGRATIONS } from '../../scripts/migrations';

const ROUNDS = 3;
const INSTANCES = 3;
/** Per set-up process; a set-up on this machine takes a few seconds, waiting included. */
const SETUP_LIMIT_MS = 60_000;

const root = path.resolve(__dirname, '..', '..');
const SETUP = path.join(root, 'scripts', 'setup-db.js');
const adminUrl = process.env.TEST_POSTGRES_ADMIN_URL;
const describeOnPostgres = adminUrl ? describe : describe.skip;

interface SetupRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function databaseUrl(name: string): string {
  const url = new URL(adminUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function runSetup(url: string): Promise<SetupRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SETUP], {
      cwd: root,
      // The secret and SEED_PASSWORD keep the set-up from writing into data/ (auth-secret, the accounts file).
      env: { ...process.env, DATABASE_URL: url, SEED_DEMO: '1', SEED_PASSWORD: 'concurrent-setup-test-password', NEXTAUTH_SECRET: 'concurrent-setup-test-secret' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), SETUP_LIMIT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const count = async (client: pg.Client, sql: string) => Number((await client.query(sql)).rows[0].n);

describeOnPostgres('set-ups started together on one empty PostgreSQL database', () => {
  it(
    `all ${INSTANCES} exit 0 and seed once, ${ROUNDS} rounds`,
    async () => {
      const migrations = listMigrations(POSTGRES_MIGRATIONS).map((m) => m.name);
      for (let round = 1; round <= ROUNDS; round++) {
        const name = `setup_${process.pid}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
        await withClient(adminUrl!, (admin) => admin.query(`CREATE DATABASE "${name}"`));
        try {
          const runs = await Promise.all(Array.from({ length: INSTANCES }, () => runSetup(databaseUrl(name))));
          const failed = runs.filter((run) => run.code !== 0).map((run) => `exit ${run.code}: ${run.stderr.split('\n').slice(0, 12).join('\n')}`);
          expect({ round, failed }).toEqual({ round, failed: [] });
          // One set-up seeded; the others found it done and left it.
          expect(runs.filter((run) => run.stdout.includes('Seeded the sample article.'))).toHaveLength(1);
          expect(runs.filter((run) => run.stdout.includes('Database already seeded'))).toHaveLength(INSTANCES - 1);

          await withClient(databaseUrl(name), async (client) => {
            const applied = (await client.query('SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name')).rows.map((row) => row.migration_name);
            expect(applied).toEqual(migrations);
            const emails = (await client.query('SELECT email FROM "User" ORDER BY email')).rows.map((row) => row.email);
            expect(emails).toEqual(DEMO_ACCOUNTS.map((account) => account.email).sort());
            expect(await count(client, 'SELECT count(*) AS n FROM "Article"')).toBe(1);
            expect(await count(client, 'SELECT count(*) AS n FROM "ArticleRevision"')).toBe(1);
            expect(await count(client, 'SELECT count(*) AS n FROM "VerdictOption"')).toBe(DEFAULT_VERDICT_SCALE.length);
          });
        } finally {
          await withClient(adminUrl!, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
        }
      }
    },
    ROUNDS * SETUP_LIMIT_MS + 30_000,
  );
});
