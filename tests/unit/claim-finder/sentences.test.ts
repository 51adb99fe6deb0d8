import { splitSentences } from '@/lib/domain/claim-finder/sentences';
import { ARTICLE_TEXT } from '../fixture-article';

describe('splitSentences', () => {
  it('keeps exact UTF-16 offsets, trimmed, on the sample article', () => {
    const spans = splitSentences(ARTICLE_TEXT);
    expect(spans.length).toBeGreaterThan(20);
    for (const s of spans) {
      expect(ARTICLE_TEXT.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
      expect(s.text).not.toMatch(/\n/);
    }
  });

  it('keeps curly quotes with their sentence and titles with their names', () => {
    const text = '“Several were killed.” Pentagon spokesman Maj. Gen. Patrick Ryder said so.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['“Several were killed.”', 'Pentagon spokesman Maj. Gen. Patrick Ryder said so.']);
  });

  it('ends a sentence at every line break, even without punctuation', () => {
    const text = 'CNN\n—\n  A raid killed two.  Ryder said.\r\n\r\nLast line';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['CNN', '—', 'A raid killed two.', 'Ryder said.', 'Last line']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('counts astral characters as two UTF-16 units', () => {
    const text = '😀 First one. Second one.';
    const [, second] = splitSentences(text);
    expect(second.start).toBe(text.indexOf('Second'));
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences(' \n\n ')).toEqual([]);
  });
});
