// The small, curated vocabulary that lets two wordings of one claim meet:
// names with several spellings become one entity, and words a newsroom uses
// interchangeably for the same fact become one term. Kept short on purpose:
// every entry here makes two claims look alike, so add only true equivalents.
// Synonym groups are written as plain words; they are stemmed when used, so
// every inflection ("died", "dies", "deaths") follows its group.

/** Names with several spellings, matched in the original case, mapped to one entity. */
export const ENTITY_ALIASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bUnited States(?: of America)?(?![\p{L}])/gu, 'usa'],
  [/(?<![\p{L}.])(?:U\.S\.(?:A\.)?|USA|US)(?![\p{L}])/gu, 'usa'],
  [/\bAmericans?(?![\p{L}])/gu, 'usa'],
  [/\bIslamic State(?: of Iraq and (?:Syria|the Levant))?(?![\p{L}])/gu, 'isis'],
  [/(?<![\p{L}])(?:ISIS|ISIL|Daesh)(?![\p{L}])/gu, 'isis'],
  [/\bUnited Kingdom(?![\p{L}])/gu, 'uk'],
  [/(?<![\p{L}.])(?:U\.K\.|UK|Britain|British)(?![\p{L}])/gu, 'uk'],
  [/\bUnited Nations(?![\p{L}])/gu, 'un'],
  [/(?<![\p{L}.])(?:U\.N\.|UN)(?![\p{L}])/gu, 'un'],
  [/\bEuropean Union(?![\p{L}])/gu, 'eu'],
  [/(?<![\p{L}.])(?:E\.U\.|EU)(?![\p{L}])/gu, 'eu'],
];

/** Phrases rewritten to one word before tokenising (case-insensitive). */
export const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bservice ?(?:members|men|women)\b/giu, 'troops'],
  [/\bper ?cent\b/giu, 'percent'],
  [/%/gu, ' percent'],
];

/** Words that state the same fact; the first word of each group names it. */
export const SYNONYM_GROUPS: ReadonlyArray<readonly string[]> = [
  ['kill', 'killed', 'die', 'died', 'dead', 'death', 'deaths', 'slain', 'fatalities'],
  ['troop', 'troops', 'soldier', 'soldiers'],
  ['attack', 'raid', 'strike', 'assault'],
  ['increase', 'increased', 'rise', 'rose', 'risen', 'grew', 'grow', 'climb', 'climbed', 'jump', 'jumped'],
  ['decrease', 'decreased', 'fall', 'fell', 'fallen', 'drop', 'dropped', 'decline', 'declined', 'shrank'],
  ['wound', 'wounded', 'injure', 'injured', 'injuries'],
  ['fighter', 'fighters', 'militant', 'militants'],
  ['president', 'presidential'],
];

/**
 * Nouns that count the same people when a number counts them: "15 ISIS
 * fighters died" and "Nine ISIS members were killed" give two figures of one
 * count, which "Checked before" must flag as different. Only for a quantity's
 * unit: elsewhere "members" is not "fighters". Matched as written (lower
 * case), not stemmed: "operatives" and "operations" share a stem. The first
 * word of each group names it.
 */
export const COUNTED_AS_ONE: ReadonlyArray<readonly string[]> = [['fighter', 'fighters', 'member', 'members', 'operative', 'operatives', 'militant', 'militants']];

/**
 * Words that carry no fact of their own in a claim: hedges and attribution
 * verbs (who said it is not what was said), beyond the stop-word list.
 */
export const EXTRA_STOPWORDS: ReadonlySet<string> = new Set([
  'about',
  'around',
  'approximately',
  'roughly',
  'nearly',
  'almost',
  'some',
  'estimated',
  'least',
  'more',
  'less',
  'fewer',
  'than',
  'many',
  'said',
  'says',
  'say',
  'told',
  'tells',
  'according',
  'reported',
  'reports',
  'claimed',
  'claims',
  'stated',
  'added',
  'also',
  'just',
  'still',
  'now',
  'new',
  'mr',
  'mrs',
  'ms',
]);
