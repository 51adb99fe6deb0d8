// Claims on a generated article and a new revision with a share of the claimed
// text edited (word changes, number changes, deleted sentences, moved
// paragraphs), plus what the re-anchoring should conclude for each claim.
import { buildSelector } from '../../lib/domain/anchoring/selector';
import type { AnchorStatus, TextSelector } from '../../lib/domain/types';
import { between, pick, randomNumber, renderArticle, wordOffsets, type ArticleModel, type Rng } from './article-generator';

export interface BenchClaim {
  id: string;
  selector: TextSelector;
  /** where it is in the model: paragraph, sentence, words [from, to) */
  p: number;
  s: number;
  from: number;
  to: number;
}

export interface Expectation {
  status: AnchorStatus;
  /** [start, end) in the new text, when not orphaned */
  start: number;
  end: number;
}

export type EditKind = 'word' | 'number' | 'delete' | 'move';

const isNumber = (word: string) => /^\d|^(two|three|four|five|six|seven|eight|nine|eleven|twelve|fifteen|twenty|forty|sixty)\b/i.test(word);
const REPLACEMENTS = ['several', 'many', 'reportedly', 'newly', 'armed', 'unarmed', 'wounded', 'returning', 'missing', 'displaced'];

export function makeClaims(article: ArticleModel, count: number, rng: Rng): BenchClaim[] {
  const text = renderArticle(article);
  const offsets = wordOffsets(article);
  return Array.from({ length: count }, (_, i) => {
    const p = between(rng, 0, article.length - 1);
    const s = between(rng, 0, article[p].length - 1);
    const sentence = article[p][s];
    const length = between(rng, 3, Math.min(12, sentence.length));
    const from = between(rng, 0, sentence.length - length);
    const to = from + length;
    const start = offsets[p][s][from];
    const end = offsets[p][s][to - 1] + sentence[to - 1].length;
    return { id: `claim-${i}`, selector: buildSelector(text, start, end), p, s, from, to };
  });
}

/** A misspelling (two letters swapped) or a different word; never the same string. */
function changeWord(word: string, rng: Rng): string {
  if (rng() < 0.5 && word.length > 3) {
    const i = between(rng, 1, word.length - 3);
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    return swapped === word ? `${word}s` : swapped;
  }
  const replacement = pick(rng, REPLACEMENTS);
  return replacement === word ? `${word}s` : replacement;
}

function shuffled<T>(list: T[], rng: Rng): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function changeNumber(word: string, rng: Rng): string {
  const tail = word.match(/[.,”]+$/)?.[0] ?? '';
  let next = randomNumber(rng);
  while (next === word.slice(0, word.length - tail.length)) next = randomNumber(rng);
  return next + tail;
}

/**
 * Edits the claimed text of `share` of the claims. Returns the new article and,
 * per claim, the expected status and place in the new text.
 */
export function editArticle(article: ArticleModel, claims: BenchClaim[], share: number, rng: Rng) {
  const next: ArticleModel = article.map((p) => p.map((s) => [...s]));
  // Sentence arrays are identities: they survive moves and deletions, indices do not.
  const sentences = claims.map((c) => next[c.p][c.s]);
  const sentenceOf = new Map(claims.map((c, i) => [c, sentences[i]]));
  const deleted = new Set<string[]>();
  const kinds: Record<EditKind, number> = { word: 0, number: 0, delete: 0, move: 0 };
  const edited = shuffled(claims, rng).slice(0, Math.round(claims.length * share));
  for (const claim of edited) {
    const sentence = sentenceOf.get(claim)!;
    if (deleted.has(sentence)) continue;
    const roll = rng();
    const numberAt = sentence.slice(claim.from, claim.to).findIndex(isNumber);
    // Mix: 25% number changes (word changes when the quote has no number), 15% deleted
    // sentences, 20% moved paragraphs, 40% word changes.
    if (roll < 0.25 && numberAt >= 0) {
      sentence[claim.from + numberAt] = changeNumber(sentence[claim.from + numberAt], rng);
      kinds.number += 1;
    } else if (roll >= 0.25 && roll < 0.4) {
      const paragraph = next.find((p) => p.includes(sentence))!;
      if (paragraph.length > 1) paragraph.splice(paragraph.indexOf(sentence), 1);
      else next.splice(next.indexOf(paragraph), 1);
      deleted.add(sentence);
      kinds.delete += 1;
    } else if (roll < 0.6) {
      const paragraph = next.find((p) => p.includes(sentence))!;
      next.splice(next.indexOf(paragraph), 1);
      next.splice(between(rng, 0, next.length), 0, paragraph);
      kinds.move += 1;
    } else {
      const at = between(rng, claim.from, claim.to - 1);
      sentence[at] = isNumber(sentence[at]) ? changeNumber(sentence[at], rng) : changeWord(sentence[at], rng);
      kinds.word += 1;
    }
  }
  const newText = renderArticle(next);
  const offsets = new Map<string[], number[]>();
  const layout = wordOffsets(next);
  next.forEach((p, i) => p.forEach((s, j) => offsets.set(s, layout[i][j])));
  const expected: Expectation[] = claims.map((claim, i) => {
    const sentence = sentences[i];
    if (deleted.has(sentence)) return { status: 'ORPHANED', start: -1, end: -1 };
    const at = offsets.get(sentence)!;
    const start = at[claim.from];
    const end = at[claim.to - 1] + sentence[claim.to - 1].length;
    return { status: newText.slice(start, end) === claim.selector.exact ? 'INTACT' : 'CHANGED', start, end };
  });
  return { newText, expected, kinds };
}
