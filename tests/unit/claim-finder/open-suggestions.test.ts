// What is left to suggest once claims and dismissals are taken out (the list
// the suggestions panel shows), and the overlap test it uses.
import { openSuggestions, overlapTest } from '@/lib/domain/claim-finder/open-suggestions';
import { suggestClaims } from '@/lib/domain/claim-finder/suggest-claims';
import { ARTICLE_TEXT as FIXTURE_TEXT } from '../fixture-article';

describe('overlapTest', () => {
  const overlaps = overlapTest([
    { start: 50, end: 60 },
    { start: 0, end: 100 },
    { start: 200, end: 210 },
  ]);

  it('finds a range inside, around, or across the edge of another', () => {
    expect(overlaps({ start: 120, end: 130 })).toBe(false); // in the gap, though a range before it is long
    expect(overlaps({ start: 99, end: 101 })).toBe(true); // across the long range's end
    expect(overlaps({ start: 205, end: 206 })).toBe(true);
    expect(overlaps({ start: 190, end: 300 })).toBe(true);
  });

  it('treats ranges as end-exclusive: touching is not overlapping', () => {
    expect(overlaps({ start: 100, end: 200 })).toBe(false);
    expect(overlaps({ start: 210, end: 220 })).toBe(false);
  });

  it('agrees with the pairwise definition on many ranges', () => {
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const ranges = Array.from({ length: 300 }, () => {
      const start = next(10_000);
      return { start, end: start + 1 + next(80) };
    });
    const test = overlapTest(ranges);
    for (let i = 0; i < 2_000; i += 1) {
      const start = next(10_000);
      const q = { start, end: start + 1 + next(40) };
      expect([q, test(q)]).toEqual([q, ranges.some((r) => r.start < q.end && q.start < r.end)]);
    }
  });
});

describe('openSuggestions', () => {
  const all = suggestClaims(FIXTURE_TEXT);

  it('is the claim finder list, cut at the limit, when nothing is claimed or dismissed', () => {
    expect(all.length).toBeGreaterThan(2);
    expect(openSuggestions(FIXTURE_TEXT, { limit: 2, claims: [], dismissed: [] })).toEqual(all.slice(0, 2));
  });

  it('leaves out a sentence a claim overlaps and one this person dismissed, then cuts', () => {
    const [first, second, third] = all;
    const claim = { start: first.selector.start + 1, end: first.selector.start + 2 };
    const dismissed = { start: second.selector.start, end: second.selector.end };
    const open = openSuggestions(FIXTURE_TEXT, { limit: 1, claims: [claim], dismissed: [dismissed] });
    expect(open).toEqual([third]);
  });

  it('passes the threshold on', () => {
    const strict = openSuggestions(FIXTURE_TEXT, { threshold: 0.9, limit: 100, claims: [], dismissed: [] });
    expect(strict).toEqual(suggestClaims(FIXTURE_TEXT, { threshold: 0.9 }));
  });
});
