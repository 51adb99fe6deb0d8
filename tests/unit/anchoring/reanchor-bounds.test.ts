// Issue 12: no revision can stall re-anchoring. Long quotes get the exact
// stages only; one revision's fuzzy work is bounded by a character budget.
import { createFuzzyBudget, FUZZY_BUDGET_CHARS, MAX_FUZZY_QUOTE } from '@/lib/domain/anchoring/fuzzy-budget';
import { reanchorClaims } from '@/lib/domain/anchoring/reanchor';
import { buildSelector } from '@/lib/domain/anchoring/selector';
import { longQuoteCase } from '../../bench/long-quotes';
import { expectInvariants } from './reanchor-helpers';
import { withinMs } from '../within-time';

const claimsOf = (text: string, ranges: Array<[number, number]>) => ranges.map(([start, end], k) => ({ id: `c${k}`, selector: buildSelector(text, start, end) }));

describe('bounded fuzzy re-anchoring', () => {
  // Before: ~15 s for these 8 claims (each fuzzy-searched); after: well under
  // 0.2 s (exact stages only). 3 s is >10x the fixed time, far below the broken one.
  it('gives 10,000-character quotes whose words changed the exact stages only, quickly, with a reason', () => {
    const { oldText, newText, ranges } = longQuoteCase(8, 10_000);
    const claims = claimsOf(oldText, ranges);
    for (const options of [{ oldText }, {}]) {
      const outcomes = withinMs(3_000, () => reanchorClaims(newText, claims, options));
      expectInvariants(newText, claims, outcomes);
      for (const outcome of outcomes) {
        expect(outcome).toMatchObject({ anchorStatus: 'ORPHANED', method: 'none' });
        expect(outcome.reason).toMatch(/too long to search approximately \(10,000 characters; at most 2,000\)/);
      }
    }
  });

  it('still finds a long quote whose words are intact, wherever it went', () => {
    const { oldText, ranges } = longQuoteCase(1, 10_000);
    const [[start, end]] = ranges;
    const quote = oldText.slice(start, end);
    const newText = `A new opening paragraph.\n${oldText.slice(0, start)}${oldText.slice(end)}\n${quote}`;
    const claims = claimsOf(oldText, ranges);
    const [outcome] = reanchorClaims(newText, claims, { oldText });
    expect(outcome).toMatchObject({ anchorStatus: 'INTACT', method: 'exact', selector: { exact: quote } });
  });

  it(`still searches a quote of ${MAX_FUZZY_QUOTE} characters approximately`, () => {
    const { oldText, newText, ranges } = longQuoteCase(1, MAX_FUZZY_QUOTE);
    const claims = claimsOf(oldText, ranges);
    const [outcome] = reanchorClaims(newText, claims, { oldText });
    expect(outcome).toMatchObject({ anchorStatus: 'CHANGED', method: 'fuzzy' });
    expect(outcome.selector.start).toBe(ranges[0][0]);
  });

  it('stops fuzzy work at the budget; later claims get the exact stages only and say why', () => {
    const { oldText, newText, ranges } = longQuoteCase(4, 1_500);
    const claims = claimsOf(oldText, ranges);
    const budget = createFuzzyBudget(3_000);
    const outcomes = reanchorClaims(newText, claims, { oldText, fuzzy: budget });
    expectInvariants(newText, claims, outcomes);
    expect(outcomes.map((o) => o.anchorStatus)).toEqual(['CHANGED', 'CHANGED', 'ORPHANED', 'ORPHANED']);
    expect(outcomes[2].reason).toMatch(/approximate search skipped: this revision's budget \(50,000 quote characters\)/);
    expect(budget.remaining).toBe(0);
  });

  it('shares one budget across calls, so a revision re-anchored in groups is bounded as a whole', () => {
    const { oldText, newText, ranges } = longQuoteCase(2, 1_500);
    const claims = claimsOf(oldText, ranges);
    const budget = createFuzzyBudget(1_500);
    const [first] = reanchorClaims(newText, claims.slice(0, 1), { oldText, fuzzy: budget });
    const [second] = reanchorClaims(newText, claims.slice(1), { oldText, fuzzy: budget });
    expect([first.anchorStatus, second.anchorStatus]).toEqual(['CHANGED', 'ORPHANED']);
  });

  it('has a default budget of 25 quotes of the longest searched length', () => {
    expect(FUZZY_BUDGET_CHARS / MAX_FUZZY_QUOTE).toBe(25);
  });
});
