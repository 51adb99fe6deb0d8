import { codePointOffsets } from '@/lib/domain/anchoring/code-point-offsets';

describe('codePointOffsets', () => {
  it('counts code points before a UTF-16 offset: emoji are 2 units, 1 code point', () => {
    const text = 'a🚀b👍🏽c';
    const toCodePoints = codePointOffsets(text);
    for (let offset = 0; offset <= text.length; offset += 1) {
      const units = text.slice(0, offset);
      // Offsets that do not cut a pair agree with the string iterator.
      if (!/[\ud800-\udbff]$/.test(units)) expect(toCodePoints(offset)).toBe([...units].length);
    }
    expect(toCodePoints(text.length)).toBe([...text].length);
  });

  it('is the identity on text without astral characters, and counts a lone surrogate as one', () => {
    const plain = codePointOffsets('Nine ISIS members — “killed”');
    expect([0, 5, 28].map(plain)).toEqual([0, 5, 28]);
    const lone = codePointOffsets('a\udc00b\ud800');
    expect([1, 2, 3, 4].map(lone)).toEqual([1, 2, 3, 4]);
  });

  it('stays fast on a long text with many emoji', () => {
    const text = '😀 word '.repeat(50_000);
    const started = Date.now();
    const toCodePoints = codePointOffsets(text);
    let sum = 0;
    for (let i = 0; i < 2_000; i += 1) sum += toCodePoints(i * 100);
    expect(sum).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
