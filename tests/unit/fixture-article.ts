// The sample article (prisma/seed-data) as a test fixture, plus a helper to
// find a quote in it the way an editor's selection would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ARTICLE_TEXT = readFileSync(join(__dirname, '../../prisma/seed-data/cnn-us-iraq-raid.txt'), 'utf8');

export const NINE_KILLED = 'Nine ISIS members were killed in the attack';

/** [start, end) of the first occurrence of `exact`; throws so a fixture typo fails loudly. */
export function locate(exact: string, text = ARTICLE_TEXT): { start: number; end: number } {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`fixture text does not contain ${JSON.stringify(exact)}`);
  return { start, end: start + exact.length };
}
