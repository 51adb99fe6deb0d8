// How check-worthy one sentence is, with the reasons an editor can read. Pure,
// deterministic, regex-only (no NLP model) so scoring a long article stays in the
// tens of milliseconds. Weights are additive and the sum is clamped to 0..1:
//   count with a unit (troops, members, USD, percent)  +0.35 first, +0.05 each more
//   date (year) or bare number                         +0.15
//   vague count (several, thousands), if no figure      +0.10
//   event verb in the past tense (killed, seized...)    +0.20
//   attribution (said, according to, told...)          +0.20
//   comparison / trend (the latest, more than, record)  +0.15
//   named entity (organisation, person, place), when    +0.10 each, at most +0.20
//     its kind is certain (entities.ts)
//   prediction (will, could...) or opinion (should...)  -0.20 each kind
//   "did not say" / "did not go into" (no claim)         -0.30
//   question                                            x0.3
// Bylines, credit lines, update notices and outlet-only lines score 0 outright.
import { namedEntities } from './entities';
import { readQuantities, type Quantity } from './quantities';

export interface SentenceScore {
  score: number;
  reasons: string[];
  quantities: Quantity[];
}

const BOILERPLATE: Array<[RegExp, string]> = [
  [/\bcontributed (?:reporting|to this report)\b/i, 'credit line'],
  [/^this (?:article|story|report) (?:has been|was) updated\b/i, 'update notice'],
  [/^(?:by|photo(?:graph)?s? by|video by)\s+\p{Lu}/iu, 'byline'],
];
const EVENT =
  /\b(killed|wounded|injured|died|conducted|seized|destroyed|announced|arrested|captured|launched|attacked|struck|fired|detained|postponed|escalated|deployed|stationed|signed|approved|rejected|banned|raised|cut|rose|fell|doubled|took place)\b/i;
const ATTRIBUTION = /\b(said|says|told|according to|announced|stated|reported|confirmed|in a statement|a statement from)\b/i;
const TREND =
  /\b(the latest|more than|less than|fewer than|record|highest|lowest|largest|biggest|increas(?:ed|ing)|decreas(?:ed|ing)|rising|falling|escalated|for the first time|since (?:last|the|\d))\b/i;
const PREDICTION = /\b(will|could|would|may|might|plans? to|expected to|is set to)\b/i;
const OPINION = /\b(should|must|believe|think|feel|hope|committed to|remain focused|in my view|we are)\b/i;
const NON_CLAIM = /\b(?:did not|didn’t|didn't|declined to) (?:say|go into|comment|elaborate)\b/i;
// Counts without a figure ("several operatives", "thousands of") still claim a magnitude.
const VAGUE_COUNT = /\b(several|multiple|dozens|hundreds|thousands|millions|scores of)\b/i;

const describe = (q: Quantity) =>
  q.unit === 'year' ? `date: ${q.text}` : `${q.unit ? 'count' : 'number'}: ${q.text}${q.unit && q.unit !== 'USD' && q.unit !== 'percent' ? ` ${q.unit}` : q.unit ? ` (${q.unit})` : ''}`;

/** Score and reasons for one sentence. */
export function scoreSentence(sentence: string): SentenceScore {
  const text = sentence.trim();
  for (const [pattern, label] of BOILERPLATE) {
    if (pattern.test(text)) return { score: 0, reasons: [`not a claim: ${label}`], quantities: [] };
  }
  const quantities = readQuantities(sentence);
  if (text.split(/\s+/).length < 4 && !quantities.length) {
    return { score: 0, reasons: ['not a claim: too short (dateline or outlet line)'], quantities };
  }
  const reasons: string[] = [];
  let score = 0;
  const counted = quantities.filter((q) => q.unit && q.unit !== 'year');
  if (counted.length) score += 0.35 + 0.05 * (counted.length - 1);
  else if (quantities.length) score += 0.15;
  for (const q of quantities) reasons.push(describe(q));
  const vague = counted.length ? undefined : VAGUE_COUNT.exec(text)?.[0];
  if (vague) {
    score += 0.1;
    reasons.push(`count (vague): "${vague}"`);
  }
  const match = (re: RegExp) => re.exec(text)?.[0];
  const event = match(EVENT);
  if (event) {
    score += 0.2;
    reasons.push(`event: "${event}"`);
  }
  const said = match(ATTRIBUTION);
  if (said) {
    score += 0.2;
    reasons.push(`attribution: "${said}"`);
  }
  const trend = match(TREND);
  if (trend) {
    score += 0.15;
    reasons.push(`comparison/trend: "${trend}"`);
  }
  // Only names whose kind is certain count and show (entities.ts): "DNA" or "August" is neither.
  const entities = namedEntities(text);
  score += Math.min(0.2, 0.1 * entities.length);
  reasons.push(...entities.slice(0, 4).map(({ name, kind }) => `named ${kind}: ${name}`));
  for (const [re, label] of [
    [PREDICTION, 'prediction'],
    [OPINION, 'opinion'],
  ] as const) {
    const hit = match(re);
    if (hit) {
      score -= 0.2;
      reasons.push(`${label}: "${hit}"`);
    }
  }
  const nonClaim = match(NON_CLAIM);
  if (nonClaim) {
    score -= 0.3;
    reasons.push(`no claim: "${nonClaim}"`);
  }
  if (/\?["”’]?$/.test(text)) {
    score *= 0.3;
    reasons.push('question');
  }
  return { score: Math.round(Math.min(1, Math.max(0, score)) * 100) / 100, reasons, quantities };
}
