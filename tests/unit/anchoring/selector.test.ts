import { CONTEXT_LENGTH, buildSelector, checkSelector, prefixAt, splitsSurrogatePair, suffixAt } from '@/lib/domain/anchoring/selector';
import { ARTICLE_TEXT, NINE_KILLED, locate } from '../fixture-article';

const EMOJI = '\u{1F600}'; // one character, two UTF-16 code units

describe('buildSelector', () => {
  it('keeps 32 characters of context on each side of a quote in the middle of the text', () => {
    const { start, end } = locate(NINE_KILLED);
    const selector = buildSelector(ARTICLE_TEXT, start, end);
    expect(CONTEXT_LENGTH).toBe(32);
    expect(selector).toEqual({
      exact: NINE_KILLED,
      prefix: ARTICLE_TEXT.slice(start - 32, start),
      suffix: ARTICLE_TEXT.slice(end, end + 32),
      start,
      end,
    });
    expect(selector.prefix).toHaveLength(32);
    expect(selector.suffix).toHaveLength(32);
    expect(selector.prefix.endsWith('were killed in the attack.”\n')).toBe(true);
    expect(selector.suffix.startsWith(', including “a so-called')).toBe(true);
  });

  it.each([
    ['start of text: empty prefix', 'abcdefghij', 0, 3, { exact: 'abc', prefix: '', suffix: 'defghij' }],
    ['end of text: empty suffix', 'abcdefghij', 7, 10, { exact: 'hij', prefix: 'abcdefg', suffix: '' }],
    ['whole text', 'abc', 0, 3, { exact: 'abc', prefix: '', suffix: '' }],
    ['context shorter than 32 near both ends', 'ab cd ef', 3, 5, { exact: 'cd', prefix: 'ab ', suffix: ' ef' }],
  ])('%s', (_name, text, start, end, expected) => {
    expect(buildSelector(text, start, end)).toEqual({ ...expected, start, end });
  });

  it('measures offsets in UTF-16 code units, an emoji counting two', () => {
    const text = `I ${EMOJI} facts`;
    const selector = buildSelector(text, 2, 4);
    expect(selector.exact).toBe(EMOJI);
    expect(selector.suffix).toBe(' facts');
    expect(buildSelector(text, 5, 10).exact).toBe('facts');
  });

  it('never cuts a surrogate pair at the far edge of the prefix or suffix', () => {
    // The emoji straddles offset start - 32 (and end + 32): the context is cut short instead.
    const before = `${EMOJI}${'a'.repeat(31)}X`;
    expect(prefixAt(before, 33)).toBe('a'.repeat(31));
    const after = `X${'a'.repeat(31)}${EMOJI}`;
    expect(suffixAt(after, 1)).toBe('a'.repeat(31));
    // When the emoji fits whole it is kept.
    expect(prefixAt(`${EMOJI}${'a'.repeat(30)}X`, 32)).toBe(`${EMOJI}${'a'.repeat(30)}`);
  });
});

describe('splitsSurrogatePair', () => {
  const text = `a${EMOJI}b`;
  it.each([
    [0, false],
    [1, false],
    [2, true],
    [3, false],
    [4, false],
    [-1, false],
    [99, false],
  ])('offset %i -> %s', (offset, expected) => {
    expect(splitsSurrogatePair(text, offset)).toBe(expected);
  });
});

describe('checkSelector', () => {
  const { start, end } = locate(NINE_KILLED);
  const valid = { exact: NINE_KILLED, start, end };

  it('accepts a matching selector and returns the authoritative one with context recomputed', () => {
    expect(checkSelector(ARTICLE_TEXT, valid)).toEqual({ ok: true, selector: buildSelector(ARTICLE_TEXT, start, end) });
  });

  it('accepts client context that is a shorter or longer version of the real context', () => {
    const real = buildSelector(ARTICLE_TEXT, start, end);
    const cases = [
      { prefix: real.prefix, suffix: real.suffix },
      { prefix: real.prefix.slice(-5), suffix: real.suffix.slice(0, 5) },
      { prefix: ARTICLE_TEXT.slice(start - 50, start), suffix: ARTICLE_TEXT.slice(end, end + 50) },
      { prefix: '', suffix: '' },
    ];
    for (const context of cases) expect(checkSelector(ARTICLE_TEXT, { ...valid, ...context }).ok).toBe(true);
  });

  type Case = [string, string, { exact: string; start: number; end: number; prefix?: string; suffix?: string }, string[]];
  it.each<Case>([
    ['mismatched exact', 'abcdef', { exact: 'xyz', start: 0, end: 3 }, ['exact']],
    ['exact right words at the wrong place', 'abcabc', { exact: 'bca', start: 0, end: 3 }, ['exact']],
    ['negative start', 'abcdef', { exact: 'abc', start: -1, end: 3 }, ['start']],
    ['end past the text', 'abcdef', { exact: 'def', start: 3, end: 7 }, ['end']],
    ['both out of range', 'abc', { exact: 'x', start: -5, end: 10 }, ['start', 'end']],
    ['fractional offsets', 'abcdef', { exact: 'abc', start: 0.5, end: 3 }, ['start']],
    ['NaN end', 'abcdef', { exact: 'abc', start: 0, end: NaN }, ['end']],
    ['end equal to start', 'abcdef', { exact: '', start: 2, end: 2 }, ['end']],
    ['end before start', 'abcdef', { exact: '', start: 4, end: 2 }, ['end']],
    ['whitespace only', 'ab \n\t cd', { exact: ' \n\t ', start: 2, end: 6 }, ['exact']],
    ['start splits an emoji', `a${EMOJI}b`, { exact: '\uDE00b', start: 2, end: 4 }, ['start']],
    ['end splits an emoji', `a${EMOJI}b`, { exact: 'a\uD83D', start: 0, end: 2 }, ['end']],
    ['client prefix disagrees with the text', 'the quick brown fox', { exact: 'brown', start: 10, end: 15, prefix: 'slow ' }, ['prefix']],
    ['client suffix disagrees with the text', 'the quick brown fox', { exact: 'brown', start: 10, end: 15, suffix: ' dog' }, ['suffix']],
    ['both contexts disagree', 'the quick brown fox', { exact: 'brown', start: 10, end: 15, prefix: 'a ', suffix: ' b' }, ['prefix', 'suffix']],
  ])('rejects %s', (_name, text, input, fields) => {
    const result = checkSelector(text, input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toEqual(fields);
  });

  it('accepts a whole emoji, offsets counted in UTF-16 units', () => {
    const text = `Ryder ${EMOJI} said`;
    const result = checkSelector(text, { exact: EMOJI, start: 6, end: 8 });
    expect(result).toEqual({ ok: true, selector: { exact: EMOJI, prefix: 'Ryder ', suffix: ' said', start: 6, end: 8 } });
  });

  it('accepts a quote at the very start and the very end of the text', () => {
    expect(checkSelector(ARTICLE_TEXT, { exact: 'CNN', start: 0, end: 3 }).ok).toBe(true);
    const tail = 'contributed reporting.';
    const result = checkSelector(ARTICLE_TEXT, { exact: tail, start: ARTICLE_TEXT.length - tail.length, end: ARTICLE_TEXT.length });
    expect(result.ok && result.selector.suffix).toBe('');
  });
});

describe('client context at the edges of the text', () => {
  const text = 'Nine ISIS members were killed in the attack.';

  it('rejects a prefix longer than the text before a quote at the start', () => {
    const check = checkSelector(text, { exact: 'Nine', start: 0, end: 4, prefix: 'something before ' });
    expect(check.ok).toBe(false);
  });

  it('rejects a suffix longer than the text after a quote at the end', () => {
    const check = checkSelector(text, { exact: 'attack.', start: 37, end: 44, suffix: ' and more' });
    expect(check.ok).toBe(false);
  });

  it('accepts empty context at the edges', () => {
    expect(checkSelector(text, { exact: 'Nine', start: 0, end: 4, prefix: '' }).ok).toBe(true);
    expect(checkSelector(text, { exact: 'attack.', start: 37, end: 44, suffix: '' }).ok).toBe(true);
  });
});
