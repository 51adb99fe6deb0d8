// Quantities in one sentence: the number (from extractNumbers, so "Nine" and "9"
// agree with the anchoring code), what it counts, and whether it is hedged.
// Ranges are ONE quantity: `value` is the lower bound and `max` the upper bound,
// so a range is never counted twice as two separate claims about a number.
// Heuristics, on purpose cheap: the unit is the first lower-case word after the
// number, skipping proper nouns/acronyms ("ISIS", "US", "U.S."); a modifier
// before a plural ("service members") yields the plural. A bare four-digit
// 1900..2100 is a year unless a plural noun follows ("2000 troops").
import { extractNumbers, type NumberToken } from '../anchoring/number-tokens';

export interface Quantity {
  text: string;
  /** lower bound for ranges */
  value: number;
  /** upper bound, ranges only ("between 10 and 15", "10-15") */
  max?: number;
  unit?: string;
  approximate: boolean;
  /** UTF-16 offsets within the sentence, end exclusive */
  start: number;
  end: number;
}

// Hedges that make a number approximate; matched at the end of the text before it.
const HEDGE =
  /(?:^|[^\p{L}])(?:about|around|approximately|roughly|nearly|almost|some|over|under|up to|at least|at most|close to|upwards of|an estimated|estimated|more than|less than|fewer than|as many as|as few as|between)\s+\$?$/iu;
// Words after a number that end the noun phrase rather than name what is counted.
const STOP = new Set([
  'of',
  'in',
  'on',
  'at',
  'to',
  'and',
  'or',
  'the',
  'a',
  'an',
  'was',
  'were',
  'is',
  'are',
  'had',
  'have',
  'has',
  'who',
  'which',
  'that',
  'for',
  'from',
  'by',
  'with',
  'as',
  'said',
  'killed',
  'wounded',
  'died',
  'more',
  'less',
  'than',
  'times',
  'ago',
  'after',
  'before',
  'since',
  'per',
  'each',
]);
const RANGE_GAP = /^\s*(?:-|–|—|to|and)\s*$/;
const WORD = /^[\s,]*([\p{L}][\p{L}.'’-]*)/u;

/**
 * Whether "between" (then blanks, maybe "$") comes right before `at`. Scanned
 * backwards by hand: /\bbetween\s+\$?$/ on the sentence up to each number was
 * quadratic in the number of numbers.
 */
function followsBetween(sentence: string, at: number): boolean {
  let i = at;
  if (sentence[i - 1] === '$') i -= 1;
  const blanksEnd = i;
  while (i > 0 && /\s/.test(sentence[i - 1])) i -= 1;
  if (i === blanksEnd || i < 7 || sentence.slice(i - 7, i).toLowerCase() !== 'between') return false;
  return !/\w/.test(sentence[i - 8] ?? '');
}

/** `word` without trailing characters from `chars`; a loop, as /[.’']+$/ backtracks from every position of a long run. */
function trimEndOf(word: string, chars: string): string {
  let end = word.length;
  while (end > 0 && chars.includes(word[end - 1])) end -= 1;
  return word.slice(0, end);
}

/** A word's shape: proper nouns and acronyms are skipped when looking for the unit. */
function isProper(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** The counted noun after offset `from`, or undefined. */
function headNoun(sentence: string, from: number): string | undefined {
  let cursor = from;
  const lower: string[] = [];
  for (let i = 0; i < 4 && lower.length < 2; i += 1) {
    const m = WORD.exec(sentence.slice(cursor));
    if (!m) break;
    cursor += m[0].length;
    const word = trimEndOf(m[1], ".’'");
    if (isProper(word)) {
      if (lower.length) break;
      continue;
    }
    if (STOP.has(word.toLowerCase())) break;
    lower.push(word.toLowerCase());
  }
  if (!lower.length) return undefined;
  // "service members", "senior officials": a modifier followed by a plural head.
  if (lower.length > 1 && !lower[0].endsWith('s') && lower[1].endsWith('s')) return lower[1];
  return lower[0];
}

/** Digits glued to letters ("MI5", "F-16", "COVID-19") are names, not quantities. */
function isPartOfName(sentence: string, token: NumberToken): boolean {
  const before = sentence[token.start - 1] ?? '';
  const after = sentence[token.end] ?? '';
  return /[\p{L}]/u.test(before) || /[\p{L}]/u.test(after) || (before === '-' && /[\p{L}]/u.test(sentence[token.start - 2] ?? ''));
}

/** Every quantity in `sentence`, in order. */
export function readQuantities(sentence: string): Quantity[] {
  const tokens = extractNumbers(sentence).filter((t) => !isPartOfName(sentence, t));
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const first = tokens[i];
    let last = first;
    let max: number | undefined;
    const next = tokens[i + 1];
    if (next) {
      const gap = sentence.slice(first.end, next.start);
      const between = followsBetween(sentence, first.start);
      if (RANGE_GAP.test(gap) && (between || !/and/.test(gap))) {
        last = next;
        max = next.value;
        i += 1;
      }
    }
    let start = first.start;
    let end = last.end;
    let unit: string | undefined;
    if (sentence[start - 1] === '$') {
      start -= 1;
      if (sentence.slice(start - 2, start) === 'US') start -= 2;
      unit = 'USD';
    }
    const rest = sentence.slice(end);
    const percent = /^\s*(?:%|per ?cent\b)/i.exec(rest);
    const dollars = /^\s+(?:US\s+)?dollars\b/i.exec(rest);
    if (percent) {
      end += percent[0].length;
      unit = 'percent';
    } else if (dollars && !unit) {
      end += dollars[0].length;
      unit = 'USD';
    }
    unit ??= headNoun(sentence, end);
    const bareYear = /^\d{4}$/.test(first.text) && first.value >= 1900 && first.value <= 2100 && max === undefined;
    if (bareYear && !(unit && unit.endsWith('s') && !/^[\s,]*[\p{Lu}]/u.test(sentence.slice(end)))) unit = 'year';
    const approximate = max !== undefined || HEDGE.test(sentence.slice(Math.max(0, start - 30), start));
    const q: Quantity = { text: sentence.slice(start, end), value: first.value, unit, approximate, start, end };
    if (max !== undefined) q.max = max;
    if (!unit) delete q.unit;
    out.push(q);
  }
  return out;
}
