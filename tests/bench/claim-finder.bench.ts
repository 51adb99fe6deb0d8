// Claim-finder bench: precision and recall against the hand-labelled sample
// article (the same fixture the unit tests hold a floor on), and the time to
// suggest claims for a ~100,000-character article (target < 300 ms). Quick
// (CI): ~10,000 characters, fewer runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { precisionRecall } from '../../lib/domain/claim-finder/precision-recall';
import { DEFAULT_THRESHOLD, suggestClaims } from '../../lib/domain/claim-finder/suggest-claims';
import labels from '../fixtures/claim-finder/cnn-us-iraq-raid.labels.json';
import { timeRuns, type BenchOptions, type BenchSection } from './report';

const CHARS = 100_000;
const TARGET_MS = 300;

/** The sample article's paragraphs repeated to ~100,000 characters: real news sentences, at length. */
function longArticle(chars: number): string {
  const sample = readFileSync(join(__dirname, '..', '..', 'prisma', 'seed-data', 'cnn-us-iraq-raid.txt'), 'utf8').trim();
  const parts: string[] = [];
  for (let length = 0; length < chars; length += sample.length + 2) parts.push(sample);
  return parts.join('\n\n');
}

export function benchClaimFinder({ quick }: BenchOptions): BenchSection {
  const { precision, recall, tp, fp, fn } = precisionRecall(labels, DEFAULT_THRESHOLD);

  const text = longArticle(quick ? CHARS / 10 : CHARS);
  let found = 0;
  const timing = timeRuns(
    () => {
      found = suggestClaims(text).length;
    },
    quick ? 1 : 3,
    quick ? 5 : 15,
  );
  return {
    section: 'claim finder',
    rows: [
      { metric: `precision on the labelled sample (${labels.length} sentences, threshold ${DEFAULT_THRESHOLD})`, value: precision.toFixed(3), target: '>= 0.9', pass: precision >= 0.9 },
      { metric: `recall on the labelled sample (tp ${tp}, fp ${fp}, fn ${fn})`, value: recall.toFixed(3), target: '>= 0.8', pass: recall >= 0.8 },
      { metric: `suggestions for ${text.length.toLocaleString('en-US')} chars, median ms (${found} found)`, value: timing.median, target: `< ${TARGET_MS} ms`, pass: timing.median < TARGET_MS },
      { metric: 'suggestions, p95 ms', value: timing.p95 },
    ],
  };
}
