import { contextNumberChange, describeQuoteChange } from '@/lib/domain/anchoring/change-reasons';
import { buildSelector } from '@/lib/domain/anchoring/selector';

/** Stored selector for `quote` in `before`, checked against `after` where the quote is unchanged. */
function contextChange(before: string, after: string, quote: string): string | null {
  const at = before.indexOf(quote);
  const selector = buildSelector(before, at, at + quote.length);
  const start = after.indexOf(quote);
  return contextNumberChange(selector, after, start, start + quote.length);
}

describe('contextNumberChange', () => {
  const quote = 'ISIS members were killed in the attack';
  it.each<[string, string, string, string | null]>([
    ['unchanged', 'Nine ISIS members were killed in the attack.', 'Nine ISIS members were killed in the attack.', null],
    ['word number changed before', 'Nine ISIS members were killed in the attack.', 'Fifteen ISIS members were killed in the attack.', 'number next to the quote changed: 9 -> 15'],
    ['digits to words, same value', '9 ISIS members were killed in the attack.', 'nine ISIS members were killed in the attack.', null],
    ['number removed', 'Nine ISIS members were killed in the attack.', 'ISIS members were killed in the attack.', 'number next to the quote removed: 9'],
    ['number after the quote changed', 'ISIS members were killed in the attack on 12 May.', 'ISIS members were killed in the attack on 14 May.', 'number next to the quote changed: 12 -> 14'],
    ['a number in the previous paragraph is not next to it', 'It had 40 rooms.\nISIS members were killed in the attack.', 'It had 45 rooms.\nISIS members were killed in the attack.', null],
    ['words near the quote changed, numbers not', 'About 9 armed ISIS members were killed in the attack.', 'About 9 ISIS members were killed in the attack.', null],
  ])('%s', (_name, before, after, expected) => {
    expect(contextChange(before, after, quote)).toBe(expected);
  });

  it('ignores a number cut in half by the 32-character window when only other words changed', () => {
    // The stored prefix starts inside "forty thousand": "…ty thousand" must not read as 1,000.
    const before = 'Officials said about forty thousand US troops, it says, were sent to the region.';
    const after = 'Officials said about forty thousand American troops, it says, were sent to the region.';
    const q = 'were sent to the region';
    const at = before.indexOf(q);
    expect(buildSelector(before, at, at + q.length).prefix).toMatch(/^ty thousand/);
    expect(contextChange(before, after, q)).toBeNull();
  });

  it('still sees a change of that number when it is whole in the new text', () => {
    const before = 'Officials said about forty thousand US troops were sent to the region.';
    const after = 'Officials said about fifty thousand US troops were sent to the region.';
    expect(contextChange(before, after, 'US troops were sent to the region')).toBe('number next to the quote changed: 40,000 -> 50,000');
  });
});

describe('describeQuoteChange', () => {
  it.each([
    ['Nine ISIS members were killed', 'Fifteen ISIS members were killed', 'number changed: 9 -> 15'],
    ['about 40,000 US troops', 'about 45,000 US troops', 'number changed: 40,000 -> 45,000'],
    ['9 members and 3 leaders', '9 members', 'number removed: 3'],
    ['9 members', '9 members and 3 leaders', 'number added: 3'],
    ['9 ISIS members', 'nine ISIS members', 'words changed: "9" -> "nine"'],
    ['The riders did not say', 'Ryder did not say', 'words changed: "The riders" -> "Ryder"'],
    ['officials said', 'officials later said', 'words added: "later"'],
    ['officials later said', 'officials said', 'words removed: "later"'],
    ['officials  said', 'officials said', 'only white space changed in the quote'],
  ])('%s -> %s', (before, after, reason) => {
    expect(describeQuoteChange(before, after)).toBe(reason);
  });
});
