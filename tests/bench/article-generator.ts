// A deterministic news-like article for the benches: paragraphs of sentences of
// words, generated from a seeded PRNG so every run measures the same text.
// Kept as a model (not just a string) so edits and claims can be expressed in
// words and the expected offsets computed exactly.

/** mulberry32: tiny, fast, good enough for test data. */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];
export const between = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

/** article[paragraph][sentence][word] */
export type ArticleModel = string[][][];

const SUBJECTS = ['officials', 'the ministry', 'local police', 'the coalition', 'witnesses', 'the governor', 'analysts', 'the army', 'aid groups', 'the council', 'prosecutors', 'engineers', 'the agency', 'residents', 'diplomats'];
const VERBS = ['reported', 'confirmed', 'estimated', 'denied', 'announced', 'disputed', 'recorded', 'counted', 'described', 'documented'];
const NOUNS = ['troops', 'families', 'vehicles', 'buildings', 'workers', 'fighters', 'students', 'patients', 'villages', 'trucks', 'schools', 'refugees', 'weapons', 'doctors', 'farms', 'bridges', 'clinics', 'detainees', 'volunteers', 'checkpoints'];
const WHEN = ['on Monday', 'last week', 'in April', 'overnight', 'since January', 'earlier this month', 'in the spring', 'on Friday', 'this year', 'in 2019'];
const ADJECTIVES = ['senior', 'independent', 'regional', 'local', 'foreign', 'federal', 'provincial', 'temporary', 'joint', 'civilian'];
const ROLES = ['commander', 'spokesman', 'researcher', 'lawmaker', 'mayor', 'doctor', 'judge', 'negotiator', 'engineer', 'teacher'];
const TAILS = ['according to a statement', 'the report said', 'a spokesman added', 'figures showed', 'sources told reporters', 'officials cautioned', 'the survey found'];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'eleven', 'twelve', 'fifteen', 'twenty', 'forty', 'sixty'];
// Names and places built from syllables: news text is full of proper names, which
// is what makes most of its sentences unlike each other.
const ONSETS = ['Al', 'Ka', 'Mo', 'Ra', 'Sa', 'Ta', 'Ya', 'Ha', 'Za', 'Fa', 'Ne', 'Du', 'Ki', 'Lo', 'Be'];
const CODAS = ['rim', 'shid', 'dan', 'mir', 'lik', 'sur', 'bak', 'hul', 'ran', 'zan', 'tor', 'vel', 'mon', 'gar'];
const PLACE_ENDS = ['abad', ' Valley', 'iya', ' Heights', 'stan', ' Junction', 'ra', ' Crossing'];

const name = (rng: Rng) => pick(rng, ONSETS) + pick(rng, CODAS) + (rng() < 0.5 ? pick(rng, CODAS).toLowerCase() : '');
const person = (rng: Rng) => `${name(rng)} ${name(rng)}`;
const place = (rng: Rng) => name(rng) + pick(rng, PLACE_ENDS);

/** A number as an article would write it: a word, small digits, or thousands. */
export function randomNumber(rng: Rng): string {
  const kind = rng();
  if (kind < 0.35) return pick(rng, NUMBER_WORDS);
  if (kind < 0.65) return String(between(rng, 10, 999));
  return `${between(rng, 1, 99)},${String(between(rng, 0, 999)).padStart(3, '0')}`;
}

const words = (s: string) => s.split(' ');
const cap = (w: string) => w[0].toUpperCase() + w.slice(1);

function sentence(rng: Rng): string[] {
  const n = () => randomNumber(rng);
  const templates = [
    () => `${cap(pick(rng, SUBJECTS))} ${pick(rng, VERBS)} that ${n()} ${pick(rng, NOUNS)} were affected in ${place(rng)} ${pick(rng, WHEN)}.`,
    () => `${cap(n())} ${pick(rng, ADJECTIVES)} ${pick(rng, NOUNS)} arrived in ${place(rng)} ${pick(rng, WHEN)}, ${pick(rng, TAILS)}.`,
    () => `The ${pick(rng, ADJECTIVES)} plan drafted by ${person(rng)} covers ${n()} ${pick(rng, NOUNS)} and ${n()} ${pick(rng, NOUNS)}.`,
    () => `${cap(pick(rng, WHEN))}, ${pick(rng, SUBJECTS)} ${pick(rng, VERBS)} damage to ${pick(rng, NOUNS)} near ${place(rng)}.`,
    () => `“We have seen ${n()} ${pick(rng, NOUNS)} leave ${place(rng)},” said ${person(rng)}, a ${pick(rng, ADJECTIVES)} ${pick(rng, ROLES)}.`,
    () => `About ${n()} ${pick(rng, NOUNS)} remain in ${place(rng)}, while ${pick(rng, SUBJECTS)} ${pick(rng, VERBS)} ${n()} more ${pick(rng, WHEN)}.`,
    () => `${person(rng)}, the ${pick(rng, ROLES)} of ${place(rng)}, has not ${pick(rng, VERBS)} how the ${pick(rng, NOUNS)} got there.`,
    () => `A ${pick(rng, ADJECTIVES)} inquiry led by ${person(rng)} found that ${n()} of the ${n()} ${pick(rng, NOUNS)} were never inspected.`,
    () => `Prices in ${place(rng)} rose by ${between(rng, 2, 60)} percent ${pick(rng, WHEN)}, ${pick(rng, TAILS)}.`,
    () => `${cap(pick(rng, SUBJECTS))} in ${place(rng)} asked ${person(rng)} to explain why ${n()} ${pick(rng, NOUNS)} were moved.`,
  ];
  return words(pick(rng, templates)());
}

/** Paragraphs of 3-6 sentences until the text reaches `targetChars`. */
export function generateArticle(seed: number, targetChars: number): ArticleModel {
  const rng = createRng(seed);
  const article: ArticleModel = [];
  let length = 0;
  while (length < targetChars) {
    const paragraph = Array.from({ length: between(rng, 3, 6) }, () => sentence(rng));
    article.push(paragraph);
    length += renderParagraph(paragraph).length + 1;
  }
  return article;
}

const renderParagraph = (p: string[][]) => p.map((s) => s.join(' ')).join(' ');

export function renderArticle(article: ArticleModel): string {
  return article.map(renderParagraph).join('\n');
}

/** Offset of word w of sentence s of paragraph p in renderArticle(article). */
export function wordOffsets(article: ArticleModel): number[][][] {
  const offsets: number[][][] = [];
  let at = 0;
  for (const paragraph of article) {
    offsets.push(
      paragraph.map((s) =>
        s.map((w) => {
          const start = at;
          at += w.length + 1; // the space (or newline) after every word
          return start;
        }),
      ),
    );
  }
  return offsets;
}
