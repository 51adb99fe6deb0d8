// `npm run db:seed`: seeds the database once. The demo password is SEED_PASSWORD
// when set; otherwise a random one, printed once and kept in data/demo-accounts.txt.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { seedDatabase, DEMO_ACCOUNTS } from '../lib/server/seed/seed-database';
import { db } from '../lib/server/db';
import { reindexClaims } from '../lib/server/claim-search/reindex-claims';

async function main() {
  const accountsFile = path.resolve(process.cwd(), 'data', 'demo-accounts.txt');
  const password = process.env.SEED_PASSWORD || randomBytes(9).toString('base64url');
  const result = await seedDatabase({ password });
  if (result.usersCreated && process.env.SEED_PASSWORD) {
    console.log(`Created the demo accounts (${DEMO_ACCOUNTS.map((a) => a.email).join(', ')}) with your SEED_PASSWORD.`);
  } else if (result.usersCreated) {
    // A generated password is shown once and kept where the person who ran
    // `npm start` can find it again; it is never a shared default.
    const lines = [
      'Demo accounts of the fact-check workbench (created at first seed).',
      ...DEMO_ACCOUNTS.map((a) => `${a.role.padEnd(8)} ${a.email}`),
      `password: ${password}`,
      '',
    ];
    fs.mkdirSync(path.dirname(accountsFile), { recursive: true });
    fs.writeFileSync(accountsFile, lines.join('\n'), { mode: 0o600 });
    console.log(`\n${lines.join('\n')}(also written to ${path.relative(process.cwd(), accountsFile)})\n`);
  } else {
    console.log('Database already seeded.');
  }
  if (result.articleCreated) console.log('Seeded the sample article.');
  // Claims saved before the search index existed, or indexed by an older tokenizer.
  const reindexed = await reindexClaims(db);
  if (reindexed) console.log(`Indexed ${reindexed} claim(s) for "similar claims".`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
