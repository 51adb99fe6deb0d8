// Which suggestions are underlined in the article text (issue 16: "Dotted
// underlines cover 13 of ~20 paragraphs"): only those scoring at least the
// reader's threshold, by default a handful of the strongest; the list keeps all.
import { DEFAULT_UNDERLINE_PERCENT, parseUnderlinePercent, scorePercent, underlinedRanges, UNDERLINE_PERCENTS } from '@/lib/domain/claim-finder/underline';
import { suggestClaims } from '@/lib/domain/claim-finder/suggest-claims';
import { ARTICLE_TEXT } from '../fixture-article';

const at = (start: number, score: number) => ({ selector: { start, end: start + 5 }, score });

describe('underlinedRanges', () => {
  it('keeps the suggestions scoring at least the percent, in the list’s order', () => {
    const list = [at(40, 0.95), at(0, 0.8), at(10, 0.79), at(20, 0.4)];
    expect(underlinedRanges(list, 80)).toEqual([list[0].selector, list[1].selector]);
    expect(underlinedRanges(list, 0)).toEqual(list.map((s) => s.selector));
    expect(underlinedRanges(list, 100)).toEqual([]);
  });

  it('compares the percent the entry shows, so 0.85 is 85% (not 85.00000000000001)', () => {
    expect(scorePercent(0.85)).toBe(85);
    expect(underlinedRanges([at(0, 0.85)], 85)).toHaveLength(1);
    expect(underlinedRanges([at(0, 0.29 + 0.56)], 85)).toHaveLength(1);
    expect(scorePercent(1.4)).toBe(100);
    expect(scorePercent(-1)).toBe(0);
  });

  it('underlines only a handful of the sample article’s sentences by default, the strongest', () => {
    const list = suggestClaims(ARTICLE_TEXT);
    const underlined = underlinedRanges(list, DEFAULT_UNDERLINE_PERCENT);
    expect(list.length).toBeGreaterThan(10);
    expect(underlined.length).toBeGreaterThanOrEqual(3);
    expect(underlined.length).toBeLessThanOrEqual(5);
    const texts = underlined.map((r) => ARTICLE_TEXT.slice(r.start, r.end));
    expect(texts.some((t) => t.startsWith('Nine ISIS members were killed'))).toBe(true);
    expect(texts.some((t) => t.includes('about 40,000 US troops'))).toBe(true);
    const weakest = Math.min(...list.filter((s) => underlined.includes(s.selector)).map((s) => s.score));
    expect(list.filter((s) => !underlined.includes(s.selector)).every((s) => s.score < weakest)).toBe(true);
  });
});

describe('parseUnderlinePercent', () => {
  it('reads a stored choice, and falls back to the default for anything else', () => {
    expect(parseUnderlinePercent('60')).toBe(60);
    expect(parseUnderlinePercent('0')).toBe(0);
    expect(parseUnderlinePercent(null)).toBe(DEFAULT_UNDERLINE_PERCENT);
    expect(parseUnderlinePercent('')).toBe(DEFAULT_UNDERLINE_PERCENT);
    expect(parseUnderlinePercent('abc')).toBe(DEFAULT_UNDERLINE_PERCENT);
    expect(parseUnderlinePercent('1e3')).toBe(DEFAULT_UNDERLINE_PERCENT);
    expect(parseUnderlinePercent('-5')).toBe(DEFAULT_UNDERLINE_PERCENT);
    expect(parseUnderlinePercent('150')).toBe(DEFAULT_UNDERLINE_PERCENT);
  });

  it('snaps to a choice the control offers', () => {
    expect(parseUnderlinePercent('83')).toBe(85);
    expect(UNDERLINE_PERCENTS).toContain(parseUnderlinePercent('83'));
    expect(UNDERLINE_PERCENTS).toContain(DEFAULT_UNDERLINE_PERCENT);
  });
});
