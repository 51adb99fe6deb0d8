// Where the wide fuzzy search looks (filter, then verify): searching all of a
// 100k-character text costs ~3-6 ms per claim, so a leftover claim is searched
// only in stretches that can hold an acceptable match. Null always means
// "cannot narrow it down: search everything".
import { extractNumbers } from './number-tokens';

/** Hypothesis allows up to half the quote in errors, capped for very long quotes. */
export const maxErrorsFor = (length: number) => Math.min(256, Math.floor(length / 2));

/** Windows covering more than this share of the text are not worth the bookkeeping. */
const MAX_SHARE = 1 / 3;
/** A word found more often than this says nothing about where the quote is ("the"). */
const MAX_WORD_OCCURRENCES = 200;
/** Best-voted stretches searched at most per claim (each about two quote lengths). */
const MAX_VOTED_WINDOWS = 12;

const WORD = /[\p{L}\p{N}]{3,}/gu;

/** Where each word (3+ letters/digits) of a text occurs; built once per re-anchoring, for all leftover claims. */
export type WordIndex = Map<string, number[]>;

export function indexWords(text: string): WordIndex {
  const index: WordIndex = new Map();
  for (const m of text.matchAll(WORD)) {
    const list = index.get(m[0]);
    if (list) list.push(m.index);
    else index.set(m[0], [m.index]);
  }
  return index;
}

export function occurrences(text: string, needle: string, cap: number): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0 && found.length < cap; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Sorted, merged windows; null if they cover most of the text anyway. */
function mergeWindows(text: string, windows: Array<[number, number]>): Array<[number, number]> | null {
  windows.sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push([w[0], w[1]]);
  }
  const covered = merged.reduce((n, [a, b]) => n + b - a, 0);
  return covered > text.length * MAX_SHARE ? null : merged;
}

/**
 * With the old text: only the stretches of the new text that are not old text
 * copied unchanged can hold an edited quote; widened so a match overlapping one fits.
 */
function changedWindows(text: string, exact: string, changed: Array<[number, number]>): Array<[number, number]> | null {
  const slack = exact.length + maxErrorsFor(exact.length) + 16;
  return mergeWindows(
    text,
    changed.map(([a, b]) => [Math.max(0, a - slack), Math.min(text.length, b + slack)]),
  );
}

/**
 * Without the old text: an acceptable match keeps at least half of the quote,
 * so most often at least half of its (not too common, non-number) words, in
 * about the same arrangement. Each occurrence of a word votes for where the
 * quote would start; the best-voted stretches (at most MAX_VOTED_WINDOWS, most
 * votes first, then nearest the hint) are searched, which bounds the cost even
 * on very repetitive text.
 */
function wordVoteWindows(text: string, exact: string, hint: number, index: WordIndex): Array<[number, number]> | null {
  const words = new Map<string, number>();
  for (const m of exact.matchAll(WORD)) {
    if (!words.has(m[0]) && extractNumbers(m[0]).length === 0) words.set(m[0], m.index);
  }
  const maxErrors = maxErrorsFor(exact.length);
  const bucket = Math.max(64, maxErrors); // edits shift a word by at most maxErrors
  // Buckets of possible quote starts, shifted by one so a start just before 0 has a slot.
  const slots = Math.ceil(text.length / bucket) + 3;
  const votes = new Uint16Array(slots);
  const voter = new Int32Array(slots).fill(-1);
  let usable = 0;
  for (const [word, offset] of words) {
    const at = index.get(word) ?? [];
    if (at.length > MAX_WORD_OCCURRENCES) continue;
    for (const a of at) {
      const b = Math.floor((a - offset) / bucket) + 1;
      for (let k = Math.max(0, b - 1); k <= Math.min(slots - 1, b + 1); k += 1) {
        if (voter[k] === usable) continue; // one vote per word per bucket
        voter[k] = usable;
        votes[k] += 1;
      }
    }
    usable += 1;
  }
  if (usable === 0) return null;
  const need = Math.ceil(usable / 2);
  const hintSlot = Math.floor(hint / bucket) + 1;
  const best: number[] = [];
  votes.forEach((n, k) => n >= need && best.push(k));
  best.sort((x, y) => votes[y] - votes[x] || Math.abs(x - hintSlot) - Math.abs(y - hintSlot));
  best.length = Math.min(best.length, MAX_VOTED_WINDOWS);
  const slack = maxErrors + 16;
  const windows = best.map((k): [number, number] => [Math.max(0, (k - 1) * bucket - slack), Math.min(text.length, k * bucket + exact.length + slack)]);
  return mergeWindows(text, windows);
}

/**
 * Where to search when the window around the expected position had nothing:
 * the best-voted stretches, and with the old text only those touching text
 * that changed (an edited quote cannot lie wholly in unchanged text).
 */
export function wideWindows(text: string, exact: string, hint: number, index: WordIndex, changed?: Array<[number, number]>): Array<[number, number]> {
  const voted = wordVoteWindows(text, exact, hint, index);
  const edited = changed ? changedWindows(text, exact, changed) : null;
  if (!voted) return edited ?? [[0, text.length]];
  if (!edited) return voted;
  return voted.filter(([a, b]) => edited.some(([c, d]) => a < d && c < b));
}
