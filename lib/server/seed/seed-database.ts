// Seeds an empty database: the verdict scale, and either the demo world (four
// demo accounts and the sample article) or, for a real deployment, one first
// admin who must choose a new password at first sign-in. Each part is skipped
// when already there, so running it twice changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { DEFAULT_VERDICT_SCALE } from '@/lib/domain/verdicts';
import type { Role } from '@/lib/domain/types';
import { db } from '../db';
import { hashPassword } from '../auth/passwords';
import { normalizeArticleText, contentHash } from '../articles/article-text';

export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: 'editor@example.com', name: 'Erin Editor', role: 'EDITOR' },
  { email: 'editor2@example.com', name: 'Eddie Editor', role: 'EDITOR' },
  { email: 'reviewer@example.com', name: 'Riley Reviewer', role: 'REVIEWER' },
  { email: 'admin@example.com', name: 'Ada Admin', role: 'ADMIN' },
];

export const SEED_DATA_DIR = path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'prisma', 'seed-data');

interface ArticleFixture {
  slug: string;
  title: string;
  outlet: string;
  language?: string;
  textFile: string;
}

export function readSampleArticle(): ArticleFixture & { text: string } {
  const meta = JSON.parse(fs.readFileSync(path.join(SEED_DATA_DIR, 'cnn-us-iraq-raid.json'), 'utf8')) as ArticleFixture;
  const text = normalizeArticleText(fs.readFileSync(path.join(SEED_DATA_DIR, meta.textFile), 'utf8'));
  return { ...meta, text };
}

export const DEFAULT_ADMIN_EMAIL = 'admin@example.com';

export interface SeedOptions {
  /** The demo accounts and the sample article (default); false: one first admin instead. */
  demo?: boolean;
  /** Every created account's password; without it each account gets its own random one. */
  password?: string;
  /** The first admin's e-mail when not seeding the demo. */
  adminEmail?: string;
}

/** An account this seed created, with the password it was given (shown once to whoever set up). */
export interface CreatedAccount {
  email: string;
  name: string;
  role: Role;
  password: string;
  mustChangePassword: boolean;
}

export interface SeedResult {
  verdicts: number;
  /** Empty when the database already had users: existing accounts are never touched. */
  accounts: CreatedAccount[];
  articleCreated: boolean;
}

/** 96 random bits, 16 characters: passes the new-password rules (length, not common). */
export function randomPassword(): string {
  return randomBytes(12).toString('base64url');
}

export async function seedDatabase({ demo = true, password, adminEmail = DEFAULT_ADMIN_EMAIL }: SeedOptions = {}): Promise<SeedResult> {
  let verdicts = 0;
  if ((await db.verdictOption.count()) === 0) {
    await db.verdictOption.createMany({ data: DEFAULT_VERDICT_SCALE });
    verdicts = DEFAULT_VERDICT_SCALE.length;
  }

  let accounts: CreatedAccount[] = [];
  if ((await db.user.count()) === 0) {
    // A deployment's first admin got its password from whoever ran the set-up
    // (a terminal, a file): it must be replaced before any real work.
    const planned = demo
      ? DEMO_ACCOUNTS.map((account) => ({ ...account, mustChangePassword: false }))
      : [{ email: adminEmail, name: 'Administrator', role: 'ADMIN' as Role, mustChangePassword: true }];
    accounts = planned.map((account) => ({ ...account, password: password ?? randomPassword() }));
    const data = await Promise.all(accounts.map(async ({ password: plain, ...account }) => ({ ...account, passwordHash: await hashPassword(plain) })));
    await db.user.createMany({ data });
  }

  const sample = demo ? readSampleArticle() : null;
  let articleCreated = false;
  if (sample && !(await db.article.findUnique({ where: { slug: sample.slug } }))) {
    await db.article.create({
      data: {
        slug: sample.slug,
        title: sample.title,
        outlet: sample.outlet,
        language: sample.language ?? null,
        revisions: { create: { number: 1, text: sample.text, contentHash: contentHash(sample.text), note: 'Imported sample article' } },
      },
    });
    articleCreated = true;
  }
  return { verdicts, accounts, articleCreated };
}
