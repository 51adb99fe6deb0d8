// The seed step of `npm run setup` (prisma/seed.ts): seeds what the
// environment calls for, hands generated passwords over in a file readable by
// its owner only, and says how to sign in. Existing accounts are never changed;
// on a later run only passwords that still work are repeated, so nothing stale
// is ever shown as a way in.
import path from 'node:path';
import { db } from '../db';
import { verifyPassword } from '../auth/passwords';
import { DEMO_ACCOUNTS, seedDatabase, type SeedResult } from './seed-database';
import { seedPlanFromEnv } from './seed-plan';
import { formatAccountLines, readAccountsFile, writeAccountsFile, type AccountLine } from './accounts-file';

export const DEMO_ACCOUNTS_FILE = 'demo-accounts.txt';
export const FIRST_ADMIN_FILE = 'first-admin.txt';
const FROM_SEED_PASSWORD = '(your SEED_PASSWORD)';

export interface SeedReport extends SeedResult {
  /** What to say during set-up. */
  messages: string[];
  /** How to sign in, for `npm start` to say again once the server is up; empty when there is nothing to say. */
  signIn: string[];
}

export async function runSeed({ env, dataDir }: { env: Record<string, string | undefined>; dataDir: string }): Promise<SeedReport> {
  const plan = seedPlanFromEnv(env);
  const result = await seedDatabase(plan);
  const file = path.join(dataDir, plan.demo ? DEMO_ACCOUNTS_FILE : FIRST_ADMIN_FILE);
  const fileName = path.relative(process.cwd(), file);

  if (result.accounts.length > 0) {
    const who = plan.demo ? 'the demo accounts' : 'the first admin account';
    const lines = plan.password
      ? [`Created ${who} with your SEED_PASSWORD:`, ...formatAccountLines(result.accounts.map((a) => ({ ...a, password: FROM_SEED_PASSWORD })))]
      : [`Created ${who}${plan.demo ? ', each with its own password' : ''} (also in ${fileName}, readable by you only):`, ...formatAccountLines(result.accounts)];
    // With SEED_PASSWORD the file is left alone: it may describe another
    // database of this checkout (the e2e server seeds its own with one).
    if (!plan.password) writeAccountsFile(file, result.accounts, new Date());
    if (!plan.demo) lines.push(`${result.accounts[0].email} must choose a new password at first sign-in.`);
    return { ...result, messages: lines, signIn: lines };
  }

  // A deployment's first admin password is shown once, when it is created.
  const signIn = plan.demo ? await knownDemoPasswords(file, fileName, plan.password) : [];
  return { ...result, messages: ['Database already seeded; existing accounts left as they are.'], signIn };
}

/** The demo accounts whose password is still the one in the file (or SEED_PASSWORD), checked against the database. */
async function knownDemoPasswords(file: string, fileName: string, seedPassword: string | undefined): Promise<string[]> {
  const listed = new Map(readAccountsFile(file).map((account) => [account.email, account.password]));
  const users = await db.user.findMany({
    where: { email: { in: DEMO_ACCOUNTS.map((account) => account.email) }, active: true },
    select: { email: true, role: true, passwordHash: true },
  });
  const known: AccountLine[] = [];
  for (const { email } of DEMO_ACCOUNTS) {
    const user = users.find((candidate) => candidate.email === email);
    if (!user) continue;
    const fromFile = listed.get(email);
    if (fromFile && (await verifyPassword(user.passwordHash, fromFile))) known.push({ role: user.role, email, password: fromFile });
    else if (seedPassword && (await verifyPassword(user.passwordHash, seedPassword))) known.push({ role: user.role, email, password: FROM_SEED_PASSWORD });
  }
  if (known.length === 0) return [];
  const unknown = users.length - known.length;
  return [`Demo accounts (as in ${fileName}):`, ...formatAccountLines(known), ...(unknown > 0 ? [`(${unknown} other demo account(s) changed their password since; not shown)`] : [])];
}
