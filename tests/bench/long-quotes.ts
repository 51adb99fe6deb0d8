// Hostile input for re-anchoring (issue 12): a ~100,000-character news-like
// article whose stretches are separated by one recurring phrase, with claims
// on long stretches of it, and a revision that rewrites ~30% of the words in
// every claimed stretch. The recurring phrase is what makes it expensive: the
// claims' stored context turns up everywhere, so the fuzzy stage scores many
// long candidates. Shared by the unit and integration tests.
import { createRng, generateArticle, renderArticle } from './article-generator';

const SEPARATOR = ' -- the ministry said in a statement -- ';

export interface LongQuoteCase {
  oldText: string;
  newText: string;
  /** [start, end) of each claim in oldText */
  ranges: Array<[number, number]>;
}

export function longQuoteCase(claims: number, quoteLength: number, seed = 5): LongQuoteCase {
  const rng = createRng(seed);
  const words = renderArticle(generateArticle(seed, 200_000)).replace(/\n+/g, ' ');
  let oldText = '';
  let at = 0;
  const cuts: number[] = [];
  while (oldText.length < 100_000) {
    const n = 300 + Math.floor(rng() * 1500);
    // Trimmed: the article's text is normalized on import (no double spaces).
    oldText += words.slice(at, at + n).trim();
    at += n;
    oldText += SEPARATOR;
    cuts.push(oldText.length);
  }
  oldText = oldText.trimEnd();
  const ranges: Array<[number, number]> = [];
  for (let k = 0; k < claims; k += 1) {
    const start = cuts.find((c) => c > (ranges[k - 1]?.[1] ?? 0))!;
    if (start + quoteLength > oldText.length) throw new Error('long-quotes fixture: the text is too short for these claims');
    ranges.push([start, start + quoteLength]);
  }
  const rewrite = (s: string) => s.replace(/[A-Za-z]+/g, (w) => (rng() < 0.3 ? [...w].reverse().join('') : w));
  let newText = oldText;
  for (const [start, end] of [...ranges].reverse()) newText = newText.slice(0, start) + rewrite(newText.slice(start, end)) + newText.slice(end);
  return { oldText, newText, ranges };
}
