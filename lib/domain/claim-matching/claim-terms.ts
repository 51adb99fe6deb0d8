// What a claim says, reduced to comparable parts: canonical word stems (with
// names of people, places and organisations marked as entities) and its
// quantities. Two wordings of one claim ("Nine ISIS members were killed",
// "9 Islamic State members died") reduce to the same parts. Pure and cheap:
// it runs on every candidate of a similarity search.
import { stemmer } from 'stemmer';
import { eng } from 'stopword';
import { readQuantities } from '../claim-finder/quantities';
import { COUNTED_AS_ONE, ENTITY_ALIASES, EXTRA_STOPWORDS, PHRASES, SYNONYM_GROUPS } from './lexicon';

/**
 * Version of the tokens this module produces. Bump it whenever readClaimTerms,
 * searchTokens or the lexicon change what a stored claim is indexed under:
 * entries written by an older version are rebuilt at start-up.
 */
export const CLAIM_TERMS_VERSION = 1;

export interface ClaimQuantity {
  value: number;
  /** upper bound of a range */
  max?: number;
  /** canonical unit: a canonical word stem, or 'USD', 'percent', 'year' */
  unit?: string;
  approximate: boolean;
}

export interface ClaimTerms {
  /** canonical stems of the content words, entities included, each once */
  words: string[];
  /** the words that name people, places and organisations */
  entities: string[];
  quantities: ClaimQuantity[];
}

const STOPWORDS = new Set([...eng, ...EXTRA_STOPWORDS]);
const SYNONYMS = new Map(SYNONYM_GROUPS.flatMap((group) => group.map((word) => [stemmer(word), stemmer(group[0])] as const)));
const COUNTED = new Map(COUNTED_AS_ONE.flatMap((group) => group.map((word) => [word, group[0]] as const)));
const UNIT_NAMES = new Set(['USD', 'percent', 'year']);
const TOKEN = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;

/** One word's canonical form: its stem, or the stem naming its synonym group. */
export function canonicalWord(word: string): string {
  const stem = stemmer(word.toLowerCase().replace(/['’]s$/u, ''));
  return SYNONYMS.get(stem) ?? stem;
}

function canonicalUnit(unit: string | undefined): string | undefined {
  if (unit === undefined || UNIT_NAMES.has(unit)) return unit;
  return COUNTED.get(unit.toLowerCase()) ?? canonicalWord(unit);
}

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

/**
 * A capitalised word names someone or something unless it merely opens a
 * sentence; an acronym always does.
 */
function isName(token: string, text: string, at: number): boolean {
  if (/^\p{Lu}{2,}$/u.test(token)) return true;
  return /^\p{Lu}/u.test(token) && !opensSentence(text, at);
}

/**
 * Whether only blanks stand between `at` and the text's start or an opening
 * mark. Scanned backwards by hand: /(?:^|[.!?:"“‘(])\s*$/ on the text before
 * every token was quadratic in the number of tokens.
 */
function opensSentence(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1])) i -= 1;
  return i === 0 || '.!?:"“‘('.includes(text[i - 1]);
}

export function readClaimTerms(text: string): ClaimTerms {
  // Phrases first, so "2,500 service members" counts troops.
  const phrased = PHRASES.reduce((out, [pattern, word]) => out.replace(pattern, ` ${word} `), text);
  const quantities: ClaimQuantity[] = [];
  let rest = phrased;
  for (const q of readQuantities(phrased)) {
    const quantity: ClaimQuantity = { value: q.value, approximate: q.approximate };
    if (q.max !== undefined) quantity.max = q.max;
    const unit = canonicalUnit(q.unit);
    if (unit !== undefined) quantity.unit = unit;
    quantities.push(quantity);
    rest = blank(rest, q.start, q.end);
  }

  const words = new Set<string>();
  const entities = new Set<string>();
  for (const [pattern, entity] of ENTITY_ALIASES) {
    rest = rest.replace(pattern, (match) => {
      entities.add(entity);
      words.add(entity);
      return ' '.repeat(match.length);
    });
  }

  for (const match of rest.matchAll(TOKEN)) {
    const token = match[0];
    const lower = token.toLowerCase().replace(/['’]s$/u, '');
    if (STOPWORDS.has(lower) || (lower.length < 2 && !/\p{N}/u.test(lower))) continue;
    const word = canonicalWord(lower);
    words.add(word);
    if (isName(token, rest, match.index)) entities.add(word);
  }
  return { words: [...words], entities: [...entities], quantities };
}

/** A number as one search token: letters and digits only, so every full-text tokenizer keeps it whole. */
export function numberToken(value: number): string {
  return `n${String(value).replace('-', 'm').replace('.', 'd').replace('+', '')}`;
}

/** The tokens a full-text index stores for a claim, and a query looks for. */
export function searchTokens(terms: ClaimTerms): string[] {
  const numbers = terms.quantities.flatMap((q) => (q.max === undefined ? [q.value] : [q.value, q.max]));
  return [...new Set([...terms.words, ...numbers.map(numberToken)])];
}
