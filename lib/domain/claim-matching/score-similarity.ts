// How far two claims say the same thing, 0..1. Word overlap is a weighted
// Dice coefficient over canonical stems in which names count double (two
// claims about "Iraq" and "ISIS" share more than two claims that both say
// "killed"). Quantities then confirm or contradict: the same number of the
// same thing lifts the score; a different number of the same thing lowers it
// and is reported ("40,000 troops" checked before is worth seeing next to
// "50,000 troops", but not as the same claim); numbers that count different
// things lower it too.
import type { ClaimQuantity, ClaimTerms } from './claim-terms';

export type NumberAgreement = 'same' | 'different' | 'none';

export interface Similarity {
  score: number;
  numbers: NumberAgreement;
}

/** Below this, two claims are not shown as saying the same thing. */
export const DEFAULT_SIMILARITY_THRESHOLD = 0.4;

const ENTITY_WEIGHT = 2;
/** Share of the score decided by quantities when both claims have comparable ones. */
const QUANTITY_WEIGHT = 0.3;
/** Relative tolerance: exact figures must agree closely, hedged ones ("about") loosely. */
const EXACT_TOLERANCE = 0.005;
const APPROXIMATE_TOLERANCE = 0.1;

function unitsComparable(a: ClaimQuantity, b: ClaimQuantity): boolean {
  return a.unit === undefined || b.unit === undefined ? a.unit !== 'year' && b.unit !== 'year' : a.unit === b.unit;
}

function valuesAgree(a: ClaimQuantity, b: ClaimQuantity): boolean {
  const tolerance = a.approximate || b.approximate ? APPROXIMATE_TOLERANCE : EXACT_TOLERANCE;
  const [aLow, aHigh] = [a.value, a.max ?? a.value];
  const [bLow, bHigh] = [b.value, b.max ?? b.value];
  const slack = tolerance * Math.max(Math.abs(aHigh), Math.abs(bHigh));
  return aLow <= bHigh + slack && bLow <= aHigh + slack;
}

/** 'same' when some quantity agrees, 'different' when a quantity of the same named unit disagrees. */
export function compareQuantities(a: ClaimQuantity[], b: ClaimQuantity[]): NumberAgreement {
  let different = false;
  for (const qa of a) {
    for (const qb of b) {
      if (!unitsComparable(qa, qb)) continue;
      if (valuesAgree(qa, qb)) return 'same';
      if (qa.unit !== undefined && qa.unit === qb.unit) different = true;
    }
  }
  return different ? 'different' : 'none';
}

function weightedDice(a: ClaimTerms, b: ClaimTerms): number {
  const entities = new Set([...a.entities, ...b.entities]);
  const weight = (word: string) => (entities.has(word) ? ENTITY_WEIGHT : 1);
  const inB = new Set(b.words);
  let shared = 0;
  let total = 0;
  for (const word of a.words) {
    total += weight(word);
    if (inB.has(word)) shared += weight(word);
  }
  for (const word of b.words) total += weight(word);
  return total === 0 ? 0 : (2 * shared) / total;
}

export function scoreSimilarity(a: ClaimTerms, b: ClaimTerms): Similarity {
  const words = weightedDice(a, b);
  const numbers = compareQuantities(a.quantities, b.quantities);
  // Two claims whose numbers count different things are about different facts.
  const unjoined = numbers === 'none' && a.quantities.length > 0 && b.quantities.length > 0;
  const score = numbers === 'same' ? (1 - QUANTITY_WEIGHT) * words + QUANTITY_WEIGHT : numbers === 'different' || unjoined ? (1 - QUANTITY_WEIGHT) * words : words;
  return { score: Math.round(score * 1000) / 1000, numbers };
}
