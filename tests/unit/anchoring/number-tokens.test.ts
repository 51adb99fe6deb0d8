import { diffValues, extractNumbers, formatNumber, maskNumbers } from '@/lib/domain/anchoring/number-tokens';

const values = (text: string) => extractNumbers(text).map((t) => t.value);
const texts = (text: string) => extractNumbers(text).map((t) => t.text);

describe('extractNumbers', () => {
  it.each<[string, number[]]>([
    ['Nine ISIS members were killed', [9]],
    ['9 ISIS members were killed', [9]],
    ['zero, one and nineteen', [0, 1, 19]],
    ['about 40,000 US troops', [40000]],
    ['about 45,000 US troops', [45000]],
    ['1,234,567 people', [1234567]],
    ['a rate of 2.5 percent', [2.5]],
    ['it ended in 2019.', [2019]], // a full stop is not a decimal point
    ['forty thousand troops', [40000]],
    ['two hundred people', [200]],
    ['a hundred days', [100]],
    ['twenty one and forty-two', [21, 42]],
    ['two hundred and five thousand', [205000]],
    ['nineteen hundred', [1900]],
    ['2.5 million and 1.1 million', [2500000, 1100000]],
    ['40 thousand', [40000]],
    ['three billion', [3e9]],
    ['Ninety-Nine Problems', [99]],
    ['nine, ten', [9, 10]], // punctuation ends a number
    ['nine ten', [9, 10]], // "nine ten" is not nineteen
    ['two hundred and the rest', [200]], // "and" only joins number words
    ['F-16 jets', [16]],
    ['no numbers here, none at all', []],
    ['someone, phone, nonetheless, often', []], // number words inside other words do not count
    ['the thousands who came', []], // plurals are not numbers
  ])('%s -> %j', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('reports the text and UTF-16 offsets of each number', () => {
    const text = '😀 about forty thousand, then 12';
    const tokens = extractNumbers(text);
    expect(tokens.map((t) => [t.text, t.start, t.end])).toEqual([
      ['forty thousand', 9, 23],
      ['12', 30, 32],
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('compares by value: digits and words agree', () => {
    expect(values('nine')).toEqual(values('9'));
    expect(values('forty thousand')).toEqual(values('40,000'));
    expect(values('Fifteen')).not.toEqual(values('Nine'));
  });

  it('keeps hyphenated number words whole', () => {
    expect(texts('forty-two people and twenty-something')).toEqual(['forty-two', 'twenty']);
  });
});

describe('maskNumbers', () => {
  it.each([
    ['Nine ISIS members were killed', '# ISIS members were killed'],
    ['Fifteen ISIS members were killed', '# ISIS members were killed'],
    ['about 40,000 US troops in 2 bases', 'about # US troops in # bases'],
    ['no numbers', 'no numbers'],
  ])('%s', (text, masked) => {
    expect(maskNumbers(text)).toBe(masked);
  });
});

describe('diffValues', () => {
  it.each<[number[], number[], number[], number[]]>([
    [[9], [15], [9], [15]],
    [[9, 40000], [9, 45000], [40000], [45000]],
    [[9, 9], [9], [9], []],
    [[], [3], [], [3]],
    [[1, 2], [2, 1], [], []],
  ])('%j vs %j', (a, b, removed, added) => {
    expect(diffValues(a, b)).toEqual({ removed, added });
  });
});

describe('formatNumber', () => {
  it.each<[number, string]>([
    [9, '9'],
    [40000, '40,000'],
    [1234567.5, '1,234,567.5'],
    [0, '0'],
  ])('%d -> %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});
