// What the set-up seeds, by environment, against this file's real database
// (SQLite here; PostgreSQL under scripts/test-postgres.js): demo accounts with
// a password each, handed over in a file readable by its owner only; one first
// admin who must change the password where the demo does not belong; one
// password for all with SEED_PASSWORD; nothing changed, nothing stale shown,
// on a second run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { db } from '@/lib/server/db';
import { verifyPassword } from '@/lib/server/auth/passwords';
import { DEMO_ACCOUNTS, randomPassword } from '@/lib/server/seed/seed-database';
import { runSeed } from '@/lib/server/seed/run-seed';
import { readAccountsFile } from '@/lib/server/seed/accounts-file';
import { hashPassword } from '@/lib/server/auth/passwords';

const POSTGRES_URL = 'postgresql://workbench@db.example:5432/workbench';
let dataDir: string;

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-accounts-'));
  // An empty database, as a first set-up finds it.
  await db.article.deleteMany();
  await db.user.deleteMany();
  await db.verdictOption.deleteMany();
});

afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const users = () => db.user.findMany({ orderBy: { email: 'asc' } });
const demoFile = () => path.join(dataDir, 'demo-accounts.txt');
const adminFile = () => path.join(dataDir, 'first-admin.txt');

describe('the embedded SQLite default (no DATABASE_URL, or a file: URL)', () => {
  it.each([{}, { DATABASE_URL: 'file:./data/workbench.db' }])('seeds the four demo accounts, each with its own password, written to a 0600 file (%j)', async (env) => {
    const report = await runSeed({ env, dataDir });

    const seeded = await users();
    expect(seeded.map((u) => u.email).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort());
    expect(seeded.every((u) => !u.mustChangePassword)).toBe(true);
    expect(fs.statSync(demoFile()).mode & 0o777).toBe(0o600);
    const listed = readAccountsFile(demoFile());
    expect(listed.map((a) => a.email).sort()).toEqual(seeded.map((u) => u.email));
    expect(new Set(listed.map((a) => a.password)).size).toBe(DEMO_ACCOUNTS.length);
    for (const user of seeded) {
      const own = listed.find((a) => a.email === user.email)!;
      expect(await verifyPassword(user.passwordHash, own.password)).toBe(true);
      const someoneElses = listed.find((a) => a.email !== user.email)!;
      expect(await verifyPassword(user.passwordHash, someoneElses.password)).toBe(false);
    }
    // Said during set-up, and again by `npm start` once the server is up.
    for (const { password } of listed) {
      expect(report.messages.join('\n')).toContain(password);
      expect(report.signIn.join('\n')).toContain(password);
    }
    expect(await db.article.count()).toBe(1);
    expect(await db.verdictOption.count()).toBeGreaterThan(0);
  });

  it('a second run changes no account, keeps the file, and repeats only the passwords that still work', async () => {
    await runSeed({ env: {}, dataDir });
    const before = await users();
    const file = fs.readFileSync(demoFile(), 'utf8');
    const listed = readAccountsFile(demoFile());

    const again = await runSeed({ env: {}, dataDir });
    expect(again.accounts).toEqual([]);
    expect(again.messages).toEqual(['Database already seeded; existing accounts left as they are.']);
    expect((await users()).map((u) => [u.email, u.passwordHash])).toEqual(before.map((u) => [u.email, u.passwordHash]));
    expect(fs.readFileSync(demoFile(), 'utf8')).toBe(file);
    for (const { password } of listed) expect(again.signIn.join('\n')).toContain(password);

    // The reviewer chose a new password: the file's is stale and is not shown.
    const reviewer = listed.find((a) => a.email === 'reviewer@example.com')!;
    await db.user.update({ where: { email: reviewer.email }, data: { passwordHash: await hashPassword(randomPassword()) } });
    const later = await runSeed({ env: {}, dataDir });
    expect(later.signIn.join('\n')).not.toContain(reviewer.password);
    expect(later.signIn.join('\n')).not.toContain(reviewer.email);
    expect(later.signIn.at(-1)).toMatch(/1 other demo account/);
    for (const { password } of listed.filter((a) => a !== reviewer)) expect(later.signIn.join('\n')).toContain(password);
  });
});

describe('SEED_PASSWORD', () => {
  it('gives every demo account that password and leaves the accounts file alone', async () => {
    fs.writeFileSync(demoFile(), "# a developer's own demo accounts\n", { mode: 0o600 });
    const report = await runSeed({ env: { SEED_PASSWORD: 'one-password-for-tests' }, dataDir });
    const seeded = await users();
    expect(seeded).toHaveLength(DEMO_ACCOUNTS.length);
    for (const user of seeded) expect(await verifyPassword(user.passwordHash, 'one-password-for-tests')).toBe(true);
    expect(fs.readFileSync(demoFile(), 'utf8')).toBe("# a developer's own demo accounts\n");
    expect(report.messages.join('\n')).not.toContain('one-password-for-tests');

    const again = await runSeed({ env: { SEED_PASSWORD: 'one-password-for-tests' }, dataDir });
    expect(again.signIn.filter((line) => line.includes('(your SEED_PASSWORD)'))).toHaveLength(DEMO_ACCOUNTS.length);
  });

  it('also sets the first admin of a PostgreSQL deployment, who must still change it', async () => {
    await runSeed({ env: { DATABASE_URL: POSTGRES_URL, SEED_PASSWORD: 'chosen-by-the-operator' }, dataDir });
    const [admin] = await users();
    expect(await verifyPassword(admin.passwordHash, 'chosen-by-the-operator')).toBe(true);
    expect(admin.mustChangePassword).toBe(true);
    expect(fs.existsSync(adminFile())).toBe(false);
  });
});

describe('a PostgreSQL deployment (postgresql:// DATABASE_URL, no SEED_DEMO)', () => {
  it('gets the verdict scale and exactly one admin, with a random first password to change at first sign-in', async () => {
    const report = await runSeed({ env: { DATABASE_URL: POSTGRES_URL }, dataDir });

    const seeded = await users();
    expect(seeded).toHaveLength(1);
    expect(seeded[0]).toMatchObject({ email: 'admin@example.com', role: 'ADMIN', active: true, mustChangePassword: true });
    expect(fs.existsSync(demoFile())).toBe(false);
    expect(fs.statSync(adminFile()).mode & 0o777).toBe(0o600);
    const [listed] = readAccountsFile(adminFile());
    expect(listed.email).toBe('admin@example.com');
    expect(listed.password.length).toBeGreaterThanOrEqual(12);
    expect(await verifyPassword(seeded[0].passwordHash, listed.password)).toBe(true);
    expect(report.messages.join('\n')).toContain(listed.password);
    expect(await db.article.count()).toBe(0);
    expect(await db.verdictOption.count()).toBeGreaterThan(0);

    // Shown once: a later run changes nothing and repeats no password.
    const again = await runSeed({ env: { DATABASE_URL: POSTGRES_URL }, dataDir });
    expect(again.signIn).toEqual([]);
    expect(again.messages.join('\n')).not.toContain(listed.password);
    expect((await users()).map((u) => u.passwordHash)).toEqual([seeded[0].passwordHash]);
  });

  it('names the admin ADMIN_EMAIL when set', async () => {
    await runSeed({ env: { DATABASE_URL: POSTGRES_URL, ADMIN_EMAIL: ' Desk.Chief@Newsroom.example ' }, dataDir });
    expect((await users()).map((u) => [u.email, u.role])).toEqual([['desk.chief@newsroom.example', 'ADMIN']]);
  });

  it('refuses an ADMIN_EMAIL that is not an address, creating nothing', async () => {
    await expect(runSeed({ env: { DATABASE_URL: POSTGRES_URL, ADMIN_EMAIL: 'nobody' }, dataDir })).rejects.toThrow(/ADMIN_EMAIL/);
    expect(await db.user.count()).toBe(0);
  });

  it('gets the demo world after all with SEED_DEMO=1', async () => {
    await runSeed({ env: { DATABASE_URL: POSTGRES_URL, SEED_DEMO: '1' }, dataDir });
    expect(await db.user.count()).toBe(DEMO_ACCOUNTS.length);
    expect(await db.article.count()).toBe(1);
    expect(readAccountsFile(demoFile())).toHaveLength(DEMO_ACCOUNTS.length);
  });
});
