// Helpers for the re-anchoring tests: claims made the way the editor makes them
// (a quote located in the old text), and the invariants every outcome must keep.
import { reanchorClaims, type ReanchorInput, type ReanchorOutcome } from '@/lib/domain/anchoring/reanchor';
import { buildSelector } from '@/lib/domain/anchoring/selector';

/** A claim on the nth (0-based) occurrence of `exact` in `text`; throws on a fixture typo. */
export function claimOn(text: string, exact: string, nth = 0, id = `${exact}#${nth}`): ReanchorInput {
  let at = -1;
  for (let k = 0; k <= nth; k += 1) {
    at = text.indexOf(exact, at + 1);
    if (at < 0) throw new Error(`occurrence ${nth} of ${JSON.stringify(exact)} not in the text`);
  }
  return { id, selector: buildSelector(text, at, at + exact.length) };
}

/** Offset of the nth occurrence of `exact` in `text`. */
export function offsetOf(text: string, exact: string, nth = 0): number {
  return claimOn(text, exact, nth).selector.start;
}

/**
 * The invariants of the contract, checked on every outcome: same ids in the same
 * order; INTACT/CHANGED selectors hold their quote in the new text and are what
 * buildSelector gives there; ORPHANED keeps the input selector; scores in range.
 */
export function expectInvariants(newText: string, claims: ReanchorInput[], outcomes: ReanchorOutcome[]): void {
  expect(outcomes.map((o) => o.id)).toEqual(claims.map((c) => c.id));
  outcomes.forEach((outcome, i) => {
    const { selector } = outcome;
    expect(outcome.reason.length).toBeGreaterThan(0);
    if (outcome.anchorStatus === 'ORPHANED') {
      expect(selector).toEqual(claims[i].selector);
      expect([outcome.method, outcome.score]).toEqual(['none', 0]);
      return;
    }
    expect(newText.slice(selector.start, selector.end)).toBe(selector.exact);
    expect(selector).toEqual(buildSelector(newText, selector.start, selector.end));
    expect(selector.exact.trim()).not.toBe('');
    if (outcome.method === 'fuzzy') {
      expect(outcome.anchorStatus).toBe('CHANGED');
      expect(outcome.score).toBeGreaterThan(0);
      expect(outcome.score).toBeLessThanOrEqual(1);
    } else {
      expect(outcome.score).toBe(1);
    }
    if (outcome.method === 'position') expect(selector.start).toBe(claims[i].selector.start);
  });
}

export const MODES = ['with oldText', 'without oldText'] as const;
export type Mode = (typeof MODES)[number];

/** The outcomes of one mode, invariants checked. */
export function reanchorIn(mode: Mode, oldText: string, newText: string, claims: ReanchorInput[]): ReanchorOutcome[] {
  const outcomes = reanchorClaims(newText, claims, mode === 'with oldText' ? { oldText } : {});
  expectInvariants(newText, claims, outcomes);
  return outcomes;
}
