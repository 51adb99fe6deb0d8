// `npm run db:seed` (and the last step of `npm run setup`): seeds an empty
// database as lib/server/seed/seed-plan.ts decides from the environment, and
// says how to sign in. SEED_SIGN_IN_NOTE (set by scripts/start.js) names a
// file to leave the sign-in lines in, so `npm start` can repeat them last,
// after the build and the server's own start-up lines.
import fs from 'node:fs';
import path from 'node:path';
import { runSeed } from '../lib/server/seed/run-seed';
import { db } from '../lib/server/db';
import { reindexClaims } from '../lib/server/claim-search/reindex-claims';

async function main() {
  const report = await runSeed({ env: process.env, dataDir: path.resolve(process.cwd(), 'data') });
  console.log(report.messages.join('\n'));
  if (report.articleCreated) console.log('Seeded the sample article.');
  const note = process.env.SEED_SIGN_IN_NOTE;
  if (note) fs.writeFileSync(note, report.signIn.map((line) => `${line}\n`).join(''), { mode: 0o600 });
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
