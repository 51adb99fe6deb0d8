import { buildTextMapping } from '@/lib/domain/anchoring/position-map';
import { snapToWords, quoteBoundaries } from '@/lib/domain/anchoring/word-boundaries';

const A = 'First paragraph is here and long enough to have a distinct opening.';
const B = 'Second paragraph says Nine ISIS members were killed in the attack today.';
const C = 'Third paragraph closes the article with a final and distinct sentence.';
const OLD = [A, B, C].join('\n');

describe('buildTextMapping', () => {
  it('maps every offset to itself when nothing changed', () => {
    const m = buildTextMapping(OLD, OLD);
    for (const offset of [0, 10, A.length, OLD.length]) expect(m.toNew(offset)).toBe(offset);
    expect(m.changed).toEqual([]);
    expect(m.origin(5, 20)).toBe(5);
  });

  it('shifts offsets after an insertion and marks the inserted text as changed', () => {
    const NEW = `Title\n${OLD}`;
    const m = buildTextMapping(OLD, NEW);
    expect(m.toNew(OLD.indexOf('Nine'))).toBe(NEW.indexOf('Nine'));
    expect(m.changed).toEqual([[0, 6]]);
    expect(m.origin(0, 6)).toBeNull();
  });

  it('follows a moved paragraph to its new place', () => {
    const NEW = [B, C, A].join('\n');
    const m = buildTextMapping(OLD, NEW);
    expect(m.toNew(OLD.indexOf('Nine'))).toBe(NEW.indexOf('Nine'));
    expect(m.toNew(OLD.indexOf('First'))).toBe(NEW.indexOf('First'));
  });

  it('follows a moved paragraph that was also edited (same opening)', () => {
    const edited = B.replace('Nine', 'Fifteen');
    const NEW = [A, C, edited].join('\n');
    const m = buildTextMapping(OLD, NEW);
    expect(m.toNew(OLD.indexOf('were killed'))).toBe(NEW.indexOf('were killed'));
    expect(m.toNew(OLD.indexOf('Second'))).toBe(NEW.indexOf('Second'));
    // Only the changed word (and the line break C gained) is new text; the rest is copied old text.
    expect(m.changed.map(([a, b]) => NEW.slice(a, b))).toEqual(['\n', 'Fifteen']);
    expect(m.origin(NEW.indexOf('were killed'), NEW.indexOf('were killed') + 11)).toBe(OLD.indexOf('were killed'));
  });

  it('maps a deleted paragraph to where it was', () => {
    const NEW = [A, C].join('\n');
    const m = buildTextMapping(OLD, NEW);
    const at = m.toNew(OLD.indexOf('Nine'));
    expect(at).toBeGreaterThanOrEqual(A.length);
    expect(at).toBeLessThanOrEqual(A.length + 1);
  });

  it('copes with texts without line breaks and with empty texts', () => {
    const m = buildTextMapping('abc def ghi', 'abc XYZ def ghi');
    expect(m.toNew(4)).toBe(8);
    expect(buildTextMapping('', 'new').toNew(0)).toBe(0);
    expect(buildTextMapping('old', '').toNew(2)).toBe(0);
  });
});

describe('snapToWords', () => {
  const text = 'Fifteen ISIS members were killed, officials said.';
  it.each<[string, number, number, string]>([
    ['widens a start inside a word', 4, 20, 'Fifteen ISIS members'],
    ['widens an end inside a word', 8, 18, 'ISIS members'],
    ['trims white space', 7, 21, 'ISIS members'],
    ['keeps whole words', 8, 20, 'ISIS members'],
  ])('%s', (_name, start, end, expected) => {
    const snapped = snapToWords(text, start, end, { start: true, end: true });
    expect(text.slice(snapped.start, snapped.end)).toBe(expected);
  });

  it('leaves a side alone when the stored quote itself cut a word there', () => {
    expect(quoteBoundaries('een ISIS', 'Fift', ' members')).toEqual({ start: false, end: true });
    const snapped = snapToWords(text, 3, 12, { start: false, end: true });
    expect(text.slice(snapped.start, snapped.end)).toBe('teen ISIS');
  });

  it('never splits a surrogate pair', () => {
    const emoji = '\u{1F600}';
    const t = `a${emoji}b`;
    expect(snapToWords(t, 2, 4, { start: true, end: true })).toEqual({ start: 1, end: 4 });
  });
});
