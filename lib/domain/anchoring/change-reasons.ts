// The one-sentence reasons written to the audit log, and the number rule for
// the text around a quote: a verdict on "ISIS members were killed" after the
// words "Nine " is a verdict about nine, so if the new text says "Fifteen "
// there, the claim must go back to review even though its own words are intact.
import type { TextSelector } from '../types';
import { diffValues, extractNumbers, formatNumber, type NumberToken } from './number-tokens';
import { CONTEXT_LENGTH } from './selector';

/** New text looked at for a stored number that may have slid a little (edits between it and the quote). */
const KEPT_WINDOW = CONTEXT_LENGTH + 16;
/** A number this close to the quote in the new text must have been in the stored context. */
const NEAR_WINDOW = CONTEXT_LENGTH - 8;

function clip(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function pairs(removed: number[], added: number[]): string {
  const n = Math.max(removed.length, added.length);
  const parts: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const from = i < removed.length ? formatNumber(removed[i]) : 'none';
    const to = i < added.length ? formatNumber(added[i]) : 'none';
    parts.push(`${from} -> ${to}`);
  }
  return parts.join(', ');
}

/** 'number changed: 9 -> 15' (with `where` inserted), or null when the values agree. */
export function numberChangeReason(removed: number[], added: number[], where = ''): string | null {
  if (removed.length === 0 && added.length === 0) return null;
  if (added.length === 0) return `number${where} removed: ${removed.map(formatNumber).join(', ')}`;
  if (removed.length === 0) return `number${where} added: ${added.map(formatNumber).join(', ')}`;
  return `number${where} changed: ${pairs(removed, added)}`;
}

/** Why a fuzzy match differs from the stored quote: numbers first, else the changed words. */
export function describeQuoteChange(oldExact: string, newExact: string): string {
  const { removed, added } = diffValues(
    extractNumbers(oldExact).map((t) => t.value),
    extractNumbers(newExact).map((t) => t.value),
  );
  const numbers = numberChangeReason(removed, added);
  if (numbers) return numbers;
  const a = oldExact.split(/\s+/).filter(Boolean);
  const b = newExact.split(/\s+/).filter(Boolean);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail += 1;
  const gone = a.slice(head, a.length - tail).join(' ');
  const come = b.slice(head, b.length - tail).join(' ');
  if (!gone && !come) return 'only white space changed in the quote';
  if (!gone) return `words added: "${clip(come)}"`;
  if (!come) return `words removed: "${clip(gone)}"`;
  return `words changed: "${clip(gone)}" -> "${clip(come)}"`;
}

/** Whole word `needle` in `hay`, case-insensitive. */
function hasWord(hay: string, needle: string): boolean {
  const h = hay.toLowerCase();
  const n = needle.toLowerCase();
  for (let i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + 1)) {
    const before = i > 0 ? h[i - 1] : ' ';
    const after = i + n.length < h.length ? h[i + n.length] : ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/**
 * Complete numbers of a context window. Where the window was cut (by the
 * 32-character limit, not by the start/end of the text) the partial word at the
 * cut is dropped, and so is a number word right next to it when that partial
 * word may be part of the same number ("…ty thousand" is not 1,000; "forty
 * thou…" is not 40). Digits cannot continue a number word leftwards, so they stay.
 */
function completeNumbers(window: string, cutAtStart: boolean, cutAtEnd: boolean): NumberToken[] {
  const from = cutAtStart ? window.search(/\s/) : 0;
  const to = cutAtEnd ? Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'), window.lastIndexOf('\t')) + 1 : window.length;
  if (from < 0 || to <= 0) return [];
  const letter = /\p{L}/u;
  const startJoins = cutAtStart && from > 0 && letter.test(window[from - 1]);
  const endJoins = cutAtEnd && to < window.length && letter.test(window[to]);
  const onlySpace = (a: number, b: number) => a <= b && /^\s*$/.test(window.slice(a, b));
  return extractNumbers(window).filter((t) => {
    if (t.start < from || t.end > to) return false;
    if (startJoins && onlySpace(from, t.start) && !/^\d/.test(t.text)) return false;
    if (endJoins && onlySpace(t.end, to)) return false;
    return true;
  });
}

/**
 * Compares the numbers in the stored prefix/suffix with those around the match
 * [start, end) in the new text. A stored number counts as kept if its value (or
 * its words) is still within KEPT_WINDOW of the quote; a new number within
 * NEAR_WINDOW counts as new if neither its value nor its words were stored.
 * The asymmetric windows tolerate small shifts of the 32-character window.
 * Context stops at a line break: a number in the next paragraph is not about this quote.
 */
export function contextNumberChange(selector: TextSelector, text: string, start: number, end: number): string | null {
  const removed: number[] = [];
  const added: number[] = [];
  const farther: number[] = [];
  const sides = [
    { stored: selector.prefix, from: Math.max(0, start - KEPT_WINDOW), to: start, near: start - NEAR_WINDOW, isPrefix: true },
    { stored: selector.suffix, from: end, to: Math.min(text.length, end + KEPT_WINDOW), near: end + NEAR_WINDOW, isPrefix: false },
  ];
  for (const side of sides) {
    // Numbers in another paragraph are not "next to" the quote: the paragraph ends the context.
    let { stored, from, to } = side;
    let storedCut = stored.length >= CONTEXT_LENGTH - 1;
    const storedBreak = side.isPrefix ? stored.lastIndexOf('\n') : stored.indexOf('\n');
    if (storedBreak >= 0) {
      stored = side.isPrefix ? stored.slice(storedBreak + 1) : stored.slice(0, storedBreak);
      storedCut = false;
    }
    const textBreak = side.isPrefix ? text.lastIndexOf('\n', to - 1) : text.indexOf('\n', from);
    if (side.isPrefix && textBreak >= from) from = textBreak + 1;
    if (!side.isPrefix && textBreak >= 0 && textBreak < to) to = textBreak;
    const windowCut = side.isPrefix ? from > 0 && text[from - 1] !== '\n' : to < text.length && text[to] !== '\n';
    const old = completeNumbers(stored, side.isPrefix && storedCut, !side.isPrefix && storedCut);
    const window = text.slice(from, to);
    const fresh = completeNumbers(window, side.isPrefix && windowCut, !side.isPrefix && windowCut);
    const freshValues = fresh.map((t) => t.value);
    const oldValues = old.map((t) => t.value);
    for (const t of old) if (!freshValues.includes(t.value) && !hasWord(window, t.text)) removed.push(t.value);
    for (const t of fresh) {
      const absolute = from + (side.isPrefix ? t.start : t.end);
      const isNear = side.isPrefix ? absolute >= side.near : absolute <= side.near;
      if (oldValues.includes(t.value) || hasWord(stored, t.text)) continue;
      // Farther new numbers only name what a removed one became ("Nine " -> "Fifteen " moves it out).
      (isNear ? added : farther).push(t.value);
    }
  }
  while (farther.length > 0 && removed.length > added.length) added.push(farther.shift()!);
  const { removed: r, added: a } = diffValues(removed, added);
  return numberChangeReason(r, a, ' next to the quote');
}
