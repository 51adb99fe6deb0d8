// Building and checking the selectors a claim is anchored by. Pure functions on
// plain strings, in the manner of the Hypothesis client's anchoring modules.
import type { TextSelector } from '../types';

/** Characters of context kept on each side of the quote (W3C prefix/suffix). */
export const CONTEXT_LENGTH = 32;

export interface SelectorInput {
  exact: string;
  start: number;
  end: number;
  prefix?: string;
  suffix?: string;
}

export type SelectorProblem = { field: keyof SelectorInput; message: string };

export type SelectorCheck = { ok: true; selector: TextSelector } | { ok: false; problems: SelectorProblem[] };

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when an offset falls between the two halves of one astral character (e.g. an emoji). */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** Context before `start`, never starting in the middle of a surrogate pair. */
export function prefixAt(text: string, start: number, length = CONTEXT_LENGTH): string {
  let from = Math.max(0, start - length);
  if (splitsSurrogatePair(text, from)) from += 1;
  return text.slice(from, start);
}

/** Context after `end`, never ending in the middle of a surrogate pair. */
export function suffixAt(text: string, end: number, length = CONTEXT_LENGTH): string {
  let to = Math.min(text.length, end + length);
  if (splitsSurrogatePair(text, to)) to -= 1;
  return text.slice(end, to);
}

/** The full selector for `[start, end)` of `text`. Callers check the range first. */
export function buildSelector(text: string, start: number, end: number): TextSelector {
  return {
    exact: text.slice(start, end),
    prefix: prefixAt(text, start),
    suffix: suffixAt(text, end),
    start,
    end,
  };
}

/**
 * Whether context sent by a client agrees with the context in the text. A client
 * may send less context than we keep, or more; more is only checkable when ours
 * was cut by CONTEXT_LENGTH rather than by the start or end of the text.
 */
function contextAgrees(ours: string, theirs: string, touches: (longer: string, shorter: string) => boolean): boolean {
  if (touches(ours, theirs)) return true;
  return ours.length >= CONTEXT_LENGTH - 1 && touches(theirs, ours);
}

/**
 * Checks a selector sent by a client against the revision text and returns the
 * authoritative selector (prefix and suffix recomputed from the text). Client
 * context, when sent, must agree with the text: a mismatch means the client was
 * looking at another version of the article.
 */
export function checkSelector(text: string, input: SelectorInput): SelectorCheck {
  const problems: SelectorProblem[] = [];
  const { start, end, exact } = input;
  if (!Number.isInteger(start) || start < 0 || start > text.length) {
    problems.push({ field: 'start', message: `start must be an integer between 0 and ${text.length}` });
  }
  if (!Number.isInteger(end) || end < 0 || end > text.length) {
    problems.push({ field: 'end', message: `end must be an integer between 0 and ${text.length}` });
  }
  if (problems.length > 0) return { ok: false, problems };
  if (end <= start) return { ok: false, problems: [{ field: 'end', message: 'end must be greater than start' }] };
  if (splitsSurrogatePair(text, start)) problems.push({ field: 'start', message: 'start splits a character' });
  if (splitsSurrogatePair(text, end)) problems.push({ field: 'end', message: 'end splits a character' });
  if (problems.length > 0) return { ok: false, problems };

  const selector = buildSelector(text, start, end);
  if (selector.exact !== exact) {
    return { ok: false, problems: [{ field: 'exact', message: 'exact does not match the article text at [start, end)' }] };
  }
  if (exact.trim().length === 0) {
    return { ok: false, problems: [{ field: 'exact', message: 'a claim cannot be only white space' }] };
  }
  if (input.prefix !== undefined && !contextAgrees(selector.prefix, input.prefix, (a, b) => a.endsWith(b))) {
    problems.push({ field: 'prefix', message: 'prefix does not match the text before the quote' });
  }
  if (input.suffix !== undefined && !contextAgrees(selector.suffix, input.suffix, (a, b) => a.startsWith(b))) {
    problems.push({ field: 'suffix', message: 'suffix does not match the text after the quote' });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, selector };
}
