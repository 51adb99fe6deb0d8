// Similarity scores in [0, 1] used to rank anchoring candidates: how much of the
// stored quote, prefix and suffix is still there. Edit distance based, like the
// Hypothesis client's scoring, but with numbers masked in the quote so a changed
// number does not make the rest of the sentence look lost (the change itself is
// reported separately, see change-reasons.ts).
import search from 'approx-string-match';
import type { TextSelector } from '../types';
import { maskNumbers } from './number-tokens';

/** Extra characters of new text looked at, beyond the stored context, to absorb shifts. */
const CONTEXT_SLACK = 16;

/**
 * 1 - (edits to turn `stored` into a prefix of `candidate`) / stored.length.
 * The end of `candidate` is free, so a window that runs on further, or was cut
 * at a different place, is not penalised. Plain DP: both sides are <= 48 chars.
 */
export function leadingSimilarity(stored: string, candidate: string): number {
  const m = stored.length;
  if (m === 0) return 1;
  const n = candidate.length;
  let prev = new Array<number>(n + 1);
  let cur = new Array<number>(n + 1);
  for (let j = 0; j <= n; j += 1) prev[j] = j;
  for (let i = 1; i <= m; i += 1) {
    cur[0] = i;
    const c = stored.charCodeAt(i - 1);
    for (let j = 1; j <= n; j += 1) {
      const sub = prev[j - 1] + (c === candidate.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, prev[j] + 1, cur[j - 1] + 1);
    }
    [prev, cur] = [cur, prev];
  }
  // prev is the last row: `stored` fully used, any length of `candidate`.
  const best = Math.min(...prev);
  return Math.max(0, 1 - best / m);
}

const reverse = (s: string) => s.split('').reverse().join('');

export interface ContextScores {
  prefix: number;
  suffix: number;
}

/**
 * How well the stored prefix/suffix agree with the text around [start, end).
 * An empty stored prefix means the quote opened the text: still true -> 1,
 * otherwise neutral (0.5) rather than a failure, since a title may have been
 * added. Where the new text starts/ends within the context, only the part of the
 * stored context that fits is compared (nothing fits: neutral): a quote moved
 * to the end of the article has lost its suffix, which says nothing either way.
 */
export function contextScores(selector: TextSelector, text: string, start: number, end: number): ContextScores {
  const { prefix, suffix } = selector;
  const storedBefore = prefix.slice(Math.max(0, prefix.length - start));
  const storedAfter = suffix.slice(0, Math.max(0, text.length - end));
  const before = text.slice(Math.max(0, start - prefix.length - CONTEXT_SLACK), start);
  const after = text.slice(end, end + suffix.length + CONTEXT_SLACK);
  const side = (stored: string, whole: string, atEdge: boolean, score: () => number) => (whole === '' ? (atEdge ? 1 : 0.5) : stored === '' ? 0.5 : score());
  return {
    prefix: side(storedBefore, prefix, start === 0, () => leadingSimilarity(reverse(storedBefore), reverse(before))),
    suffix: side(storedAfter, suffix, end === text.length, () => leadingSimilarity(storedAfter, after)),
  };
}

const TOKEN = /[\p{L}\p{N}\p{M}#]+|[^\s\p{L}\p{N}\p{M}]/gu;

/**
 * Share of the characters in words both sides keep, in order (LCS over words,
 * weighted by length): "officials said" vs "officials later said" -> 13/18.
 * Catches inserted/removed words, which the character score below undervalues.
 */
function wordSimilarity(a: string[], b: string[]): number {
  const size = (words: string[]) => words.reduce((n, w) => n + w.length, 0);
  const longest = Math.max(size(a), size(b));
  if (longest === 0) return 1;
  let prev = new Array<number>(b.length + 1).fill(0);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + a[i - 1].length : Math.max(prev[j], cur[j - 1]);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] / longest;
}

/**
 * Errors of the best match of `a` inside `b` plus the characters of `b` left
 * outside it: an upper bound of the edit distance, from approx-string-match
 * (bit-parallel, fast on long quotes). Good at typos ("plcae" -> "place").
 */
function characterSimilarity(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0;
  let distance = Math.max(a.length, b.length);
  for (const m of search(b, a, a.length)) distance = Math.min(distance, m.errors + m.start + (b.length - m.end));
  return Math.max(0, 1 - distance / Math.max(a.length, b.length));
}

/**
 * Similarity to `quote` with every number masked: "Nine ISIS members were
 * killed" vs "Fifteen ISIS members were killed" -> 1. The better of a word-level
 * and a character-level score, each of which undervalues one kind of edit.
 * Returns a scorer so the quote is prepared once per claim.
 */
export function quoteScorer(quote: string): (candidate: string) => number {
  const a = maskNumbers(quote);
  const aWords = a.match(TOKEN) ?? [];
  return (candidate) => {
    const b = maskNumbers(candidate);
    if (a === b) return 1;
    return Math.max(wordSimilarity(aWords, b.match(TOKEN) ?? []), characterSimilarity(a, b));
  };
}
