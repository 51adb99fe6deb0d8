// Numbers in article text, compared by value: a fact-check verdict about "Nine"
// is a verdict about 9, so "Nine" -> "Fifteen" and "40,000" -> "45,000" are
// changes while "9" -> "nine" is not. Recognises digits (thousands separators,
// decimals) and English number words zero..ninety-nine, hundred, thousand,
// million, billion, in combinations ("forty thousand", "two hundred and five",
// "2.5 million"). Limits, on purpose: no ordinals ("third"), no plurals
// ("thousands"), no fractions; "one" is read as 1 even as a pronoun.

export interface NumberToken {
  value: number;
  /** UTF-16 offsets of the token in the text, end exclusive */
  start: number;
  end: number;
  text: string;
}

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** What a lexeme is; 'tens' may still take a unit ("twenty one"), 'small' may not. */
type Kind = 'digits' | 'unit' | 'small' | 'tens' | 'hundred' | 'scale' | 'and';

interface Lexeme {
  kind: Kind;
  value: number;
  start: number;
  end: number;
}

const NUMBER_WORDS: Record<string, Pick<Lexeme, 'kind' | 'value'>> = { and: { kind: 'and', value: 0 }, hundred: { kind: 'hundred', value: 100 } };
for (const [w, v] of Object.entries(SMALL)) NUMBER_WORDS[w] = { kind: v < 10 ? 'unit' : 'small', value: v };
for (const [w, v] of Object.entries(TENS)) NUMBER_WORDS[w] = { kind: 'tens', value: v };
for (const [w, v] of Object.entries(SCALES)) NUMBER_WORDS[w] = { kind: 'scale', value: v };

// Only number-like lexemes (and "and") are matched: any other word between two
// of them leaves non-space text in the gap, which ends the number anyway. Digit
// groups first so "40,000" is one lexeme; "forty-two" is one lexeme too.
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const LEXEME = new RegExp(
  `\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?<![\\p{L}\\p{N}])(?:(?:${Object.keys(TENS).join('|')})-(?:${UNITS})|${Object.keys(NUMBER_WORDS).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

function classifyWord(word: string): Pick<Lexeme, 'kind' | 'value'> {
  const w = word.toLowerCase();
  const known = NUMBER_WORDS[w];
  if (known) return known;
  const [tens, unit] = w.split('-');
  return { kind: 'small', value: TENS[tens] + SMALL[unit] }; // "forty-two" is complete like "twelve"
}

function lex(text: string): Lexeme[] {
  const lexemes: Lexeme[] = [];
  for (const m of text.matchAll(LEXEME)) {
    const start = m.index;
    const end = start + m[0].length;
    const code = m[0].charCodeAt(0);
    if (code >= 48 && code <= 57) lexemes.push({ kind: 'digits', value: Number(m[0].replace(/,/g, '')), start, end });
    else lexemes.push({ ...classifyWord(m[0]), start, end });
  }
  return lexemes;
}

// Which kind may follow which inside one number ("two hundred and five thousand").
const FOLLOWS: Record<Kind, Kind[]> = {
  digits: ['hundred', 'scale'],
  unit: ['hundred', 'scale'],
  small: ['hundred', 'scale'],
  tens: ['unit', 'hundred', 'scale'],
  hundred: ['unit', 'small', 'tens', 'scale', 'and'],
  scale: ['unit', 'small', 'tens', 'scale', 'and'],
  and: ['unit', 'small', 'tens'],
};
const STARTS: Kind[] = ['digits', 'unit', 'small', 'tens', 'hundred', 'scale'];

/** Avoids 1.1 * 1e6 = 1100000.0000000002 so "1.1 million" equals "1,100,000". */
const tidy = (value: number) => Number(value.toPrecision(12));

/** Every number in `text`, in order, with its value. */
export function extractNumbers(text: string): NumberToken[] {
  const lexemes = lex(text);
  const tokens: NumberToken[] = [];
  let i = 0;
  while (i < lexemes.length) {
    if (!STARTS.includes(lexemes[i].kind)) {
      i += 1;
      continue;
    }
    let total = 0;
    let current = 0;
    let lastScale = Infinity;
    let last: Lexeme | null = null;
    let j = i;
    for (; j < lexemes.length; j += 1) {
      const lexeme = lexemes[j];
      if (last) {
        // Only white space may separate the words of one number.
        if (!/^\s+$/.test(text.slice(last.end, lexeme.start)) || !FOLLOWS[last.kind].includes(lexeme.kind)) break;
        if (lexeme.kind === 'scale' && lexeme.value >= lastScale) break;
        if (lexeme.kind === 'hundred' && current >= 100) break;
        // "and" belongs to the number only when a number word follows it.
        const after = lexemes[j + 1];
        if (lexeme.kind === 'and' && !(after && FOLLOWS.and.includes(after.kind) && /^\s+$/.test(text.slice(lexeme.end, after.start)))) break;
      }
      if (lexeme.kind === 'hundred') current = (current || 1) * 100;
      else if (lexeme.kind === 'scale') {
        total += (current || 1) * lexeme.value;
        current = 0;
        lastScale = lexeme.value;
      } else current += lexeme.value;
      last = lexeme;
    }
    // The lookahead above refuses a trailing "and", so lexemes[j - 1] is a number word.
    const end = lexemes[j - 1].end;
    tokens.push({ value: tidy(total + current), start: lexemes[i].start, end, text: text.slice(lexemes[i].start, end) });
    i = j;
  }
  return tokens;
}

/** The text with every number replaced by `placeholder`, so similarity ignores which number it is. */
export function maskNumbers(text: string, placeholder = '#'): string {
  let out = '';
  let cursor = 0;
  for (const token of extractNumbers(text)) {
    out += text.slice(cursor, token.start) + placeholder;
    cursor = token.end;
  }
  return out + text.slice(cursor);
}

/** Values in `a` missing from `b` and values in `b` missing from `a`, counting repeats. */
export function diffValues(a: number[], b: number[]): { removed: number[]; added: number[] } {
  const left = [...b];
  const removed: number[] = [];
  for (const value of a) {
    const k = left.indexOf(value);
    if (k >= 0) left.splice(k, 1);
    else removed.push(value);
  }
  return { removed, added: left };
}

/** 40000 -> "40,000"; 2.5 -> "2.5". Locale-free so audit lines are stable. */
export function formatNumber(value: number): string {
  const [whole, fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}
