// Seeds an empty database with the verdict scale, the demo accounts and the
// sample article. Each part is skipped when already there, so running it twice
// changes nothing.
import fs from 'node:fs';
import path from 'node:path';
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

export interface SeedResult {
  verdicts: number;
  usersCreated: boolean;
  articleCreated: boolean;
}

export async function seedDatabase({ password }: { password: string }): Promise<SeedResult> {
  let verdicts = 0;
  if ((await db.verdictOption.count()) === 0) {
    await db.verdictOption.createMany({ data: DEFAULT_VERDICT_SCALE });
    verdicts = DEFAULT_VERDICT_SCALE.length;
  }

  let usersCreated = false;
  if ((await db.user.count()) === 0) {
    const passwordHash = await hashPassword(password);
    await db.user.createMany({ data: DEMO_ACCOUNTS.map((account) => ({ ...account, passwordHash })) });
    usersCreated = true;
  }

  const sample = readSampleArticle();
  let articleCreated = false;
  if (!(await db.article.findUnique({ where: { slug: sample.slug } }))) {
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
  return { verdicts, usersCreated, articleCreated };
}
