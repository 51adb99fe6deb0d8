// Bounds on stage 3 (the fuzzy search), so no revision can stall the server:
// its cost grows faster than the quote's length (edit-distance scoring of
// every candidate: 8 claims of 2,000 characters take ~0.4 s on hostile text,
// of 10,000 characters ~15 s), so
// - a quote longer than MAX_FUZZY_QUOTE gets the exact stages only;
// - one revision searches at most FUZZY_BUDGET_CHARS quote characters
//   approximately, claim after claim in text order; a claim that no longer fits
//   gets the exact stages only.
// Both are counts, not clocks, so the same revision always gets the same answer.
// A claim turned away keeps its old quote (ORPHANED) with a reason saying why,
// and can be re-attached by hand.

/** Longest quote searched approximately (characters). */
export const MAX_FUZZY_QUOTE = 2_000;
/** Quote characters searched approximately per revision, all claims together. */
export const FUZZY_BUDGET_CHARS = 50_000;

/** What is left of one revision's fuzzy budget; shared by every call for that revision. */
export interface FuzzyBudget {
  remaining: number;
}

export const createFuzzyBudget = (chars = FUZZY_BUDGET_CHARS): FuzzyBudget => ({ remaining: chars });

const format = (n: number) => n.toLocaleString('en-US');

/**
 * Takes a quote's share of the budget; null when it may be searched, else the
 * reason it may not (for the audit log and the claim card).
 */
export function takeFuzzy(budget: FuzzyBudget, quoteLength: number): string | null {
  if (quoteLength > MAX_FUZZY_QUOTE) {
    return `quote not found word for word, and too long to search approximately (${format(quoteLength)} characters; at most ${format(MAX_FUZZY_QUOTE)})`;
  }
  if (quoteLength > budget.remaining) {
    return `quote not found word for word; approximate search skipped: this revision's budget (${format(FUZZY_BUDGET_CHARS)} quote characters) went to other claims`;
  }
  budget.remaining -= quoteLength;
  return null;
}
