// Re-anchoring: when an article gets a new revision, where is each claim now?
// (docs/architecture.md#re-anchoring) Stages, cheapest first, for all claims before any
// claim gets the expensive one:
//   1. the exact quote (and its context) at the stored or expected position;
//   2. the exact quote elsewhere, chosen by context, then nearness -> INTACT.
//      When the context at the stored position changed, all copies of the quote
//      compete, so a copy of a repeated quote that slid into the old offset
//      does not take the claim; a short quote (< 32 chars) elsewhere needs its
//      context to agree (candidate-score.ts), a long one is evidence enough;
//   3. a fuzzy match scored on quote, context and position -> CHANGED;
//   4. nothing acceptable -> ORPHANED (the claim keeps its old selector).
// Stage 3 is bounded (fuzzy-budget.ts): a very long quote, or a claim past the
// revision's budget, gets stages 1-2 only.
//
// Number rule: a verdict is about the numbers it quotes, so a claim is CHANGED,
// never INTACT, when a number in its quote changed (fuzzy stage: numbers are
// masked when scoring, so the rest of the sentence still finds it -- "Fifteen
// ISIS members were killed" for "Nine ISIS members were killed" -- and the
// reason names the change), and also when its words are intact but a number
// right next to it changed ("Nine " -> "Fifteen " before "ISIS members were
// killed"). Numbers are compared by value: "9" -> "nine" is no change.
import type { AnchorStatus, TextSelector } from '../types';
import { isAcceptable } from './candidate-score';
import { contextNumberChange, describeQuoteChange } from './change-reasons';
import { bestExactOccurrence, isExactlyAt } from './exact-match';
import { createFuzzyBudget, takeFuzzy, type FuzzyBudget } from './fuzzy-budget';
import { findFuzzy } from './fuzzy-match';
import { buildTextMapping } from './position-map';
import type { ReanchorMethod } from './reanchor-method';
import { indexWords } from './search-windows';
import { buildSelector } from './selector';

export interface ReanchorInput {
  id: string;
  selector: TextSelector;
}

export interface ReanchorOutcome {
  id: string;
  anchorStatus: AnchorStatus;
  /** In newText (built with buildSelector); for ORPHANED the input selector unchanged. */
  selector: TextSelector;
  method: ReanchorMethod;
  /** 1 for exact matches, the fuzzy score otherwise, 0 for orphaned. */
  score: number;
  /** One readable sentence for the audit log. */
  reason: string;
}

interface Anchor {
  old: number;
  shift: number;
}

const orphan = (claim: ReanchorInput, reason: string): ReanchorOutcome => ({
  id: claim.id,
  anchorStatus: 'ORPHANED',
  selector: claim.selector,
  method: 'none',
  score: 0,
  reason,
});

/** The exact quote at `start`: INTACT, unless a number next to it changed. */
function exactOutcome(newText: string, claim: ReanchorInput, start: number, contextSame: boolean): ReanchorOutcome {
  const { selector } = claim;
  const end = start + selector.exact.length;
  const moved = start - selector.start;
  const numberChange = contextSame ? null : contextNumberChange(selector, newText, start, end);
  return {
    id: claim.id,
    anchorStatus: numberChange ? 'CHANGED' : 'INTACT',
    selector: buildSelector(newText, start, end),
    method: moved === 0 ? 'position' : 'exact',
    score: 1,
    reason: numberChange ?? (moved === 0 ? 'quote found at its old position' : `quote moved ${Math.abs(moved)} characters`),
  };
}

/** Shift of the nearest claim already found before `old` (else after it): where a leftover probably went. */
function shiftNear(anchors: Anchor[], old: number): number {
  if (anchors.length === 0) return 0;
  let lo = 0;
  let hi = anchors.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (anchors[mid].old <= old) lo = mid;
    else hi = mid - 1;
  }
  return anchors[lo].shift;
}

const clamp = (n: number, max: number) => Math.min(Math.max(n, 0), max);

export interface ReanchorOptions {
  oldText?: string;
  /** One revision's fuzzy budget, shared when its claims are re-anchored in several calls; a fresh one otherwise. */
  fuzzy?: FuzzyBudget;
}

export function reanchorClaims(newText: string, claims: ReanchorInput[], options: ReanchorOptions = {}): ReanchorOutcome[] {
  const outcomes = new Array<ReanchorOutcome>(claims.length);
  const { oldText } = options;
  const budget = options.fuzzy ?? createFuzzyBudget();
  const mapping = oldText !== undefined ? buildTextMapping(oldText, newText) : null;
  // Only claims that really are in oldText get the alignment's help (an orphan may come from an older revision).
  const inOld = claims.map(({ selector: s }) => oldText !== undefined && s.exact.length > 0 && oldText.startsWith(s.exact, s.start));
  const expected = claims.map(({ selector: s }, i) => (mapping && inOld[i] ? mapping.toNew(s.start) : null));
  // Copied-unchanged old text from outside the claim's old range is some other sentence.
  const foreignTo =
    ({ selector: s }: ReanchorInput, i: number) =>
    (start: number, end: number) => {
      const from = mapping && inOld[i] ? mapping.origin(start, end) : null;
      return from !== null && (from + (end - start) <= s.start || from >= s.end);
    };
  const order = claims.map((_, i) => i).sort((a, b) => claims[a].selector.start - claims[b].selector.start);
  const anchors: Anchor[] = [];
  const leftovers: number[] = [];
  let shift = 0; // of the previous claim found, in old-text order: edits shift whole runs of claims

  for (const i of order) {
    const claim = claims[i];
    const { selector } = claim;
    if (selector.exact.trim() === '') {
      outcomes[i] = orphan(claim, 'the stored quote is empty');
      continue;
    }
    if (newText.length === 0) {
      outcomes[i] = orphan(claim, 'the new text is empty');
      continue;
    }
    const hint = expected[i] ?? clamp(selector.start + shift, newText.length);
    const fast = [selector.start, hint].find((at) => isExactlyAt(newText, selector, at));
    if (fast !== undefined) {
      outcomes[i] = exactOutcome(newText, claim, fast, true);
    } else {
      const isForeign = foreignTo(claim, i);
      const hit = bestExactOccurrence(newText, selector, hint, isForeign);
      // Stage 1: the quote at its stored position is trusted even if its context
      // moved on -- unless the alignment shows it is another copy that slid into that offset.
      const atStored = newText.startsWith(selector.exact, selector.start) && !isForeign(selector.start, selector.end);
      const start = hit && (hit.start === selector.start || isAcceptable(hit, selector)) ? hit.start : atStored ? selector.start : -1;
      if (start < 0) {
        leftovers.push(i);
        continue;
      }
      outcomes[i] = exactOutcome(newText, claim, start, false);
    }
    shift = outcomes[i].selector.start - selector.start;
    anchors.push({ old: selector.start, shift });
  }

  const words = leftovers.length > 0 ? indexWords(newText) : undefined;
  for (const i of leftovers) {
    const claim = claims[i];
    const { selector } = claim;
    const refused = takeFuzzy(budget, selector.exact.length);
    if (refused) {
      outcomes[i] = orphan(claim, refused);
      continue;
    }
    const hint = expected[i] ?? clamp(selector.start + shiftNear(anchors, selector.start), newText.length);
    const hit = findFuzzy(newText, selector, hint, { isForeign: foreignTo(claim, i), changed: inOld[i] ? mapping?.changed : undefined, words });
    if (!hit) {
      outcomes[i] = orphan(claim, 'quote not found in the new text');
      continue;
    }
    const next = buildSelector(newText, hit.start, hit.end);
    outcomes[i] = {
      id: claim.id,
      anchorStatus: 'CHANGED',
      selector: next,
      method: 'fuzzy',
      score: Math.round(hit.score * 1000) / 1000,
      reason: describeQuoteChange(selector.exact, next.exact),
    };
  }
  return outcomes;
}
