// Right-to-left text in the PDF: the Unicode Bidirectional Algorithm (bidi-js)
// decides the visual order; the pieces handed to the font shaper (fontkit lays
// a string with RTL letters out right to left itself) must come out as a
// reader sees the line.
import bidiFactory from 'bidi-js';
import { levelRuns, shaperText, visualOrder, visualPieces, visualString } from '@/lib/domain/export/bidi-order';

const bidi = bidiFactory();
const reference = (text: string) => bidi.getReorderedString(text, bidi.getEmbeddingLevels(text, 'ltr'));

describe('visual order of Arabic in Latin text', () => {
  it.each([
    ['Arabic مرحبا بالعالم here', 'Arabic ملاعلاب ابحرم here'],
    // A number after Arabic letters is an Arabic number (rule W2): it and the comma join the right-to-left run.
    ['Source: بيان قيادة العمليات المشتركة, 30 Oct', 'Source: 30 ,ةكرتشملا تايلمعلا ةدايق نايب Oct'],
    ['(مرحبا) and [عالم]', '(ابحرم) and [ملاع]'],
    ['قتل 9 أشخاص في الهجوم', 'موجهلا يف صاخشأ 9 لتق'],
    ['Nine ISIS members (تسعة من داعش) were killed', 'Nine ISIS members (شعاد نم ةعست) were killed'],
    ['no RTL at all, 2024-10-30 (a.m.)', 'no RTL at all, 2024-10-30 (a.m.)'],
  ])('%s', (logical, visual) => {
    expect(visualString(logical)).toBe(visual);
    expect(visualString(logical)).toBe(reference(logical));
  });

  it('agrees with bidi-js on mixed strings with numbers, brackets and punctuation', () => {
    for (const text of ['في عام 2024 (تقريبا) قال: "نعم".', 'CENTCOM: «قتل 15 عنصرا» — officials', 'a (ب [ج] د) e', 'مرحبا, world! 123 عالم.']) {
      expect(visualString(text)).toBe(reference(text));
    }
  });

  it('hands the shaper whole RTL words in logical order (it joins and reverses them), mirrored brackets, and reverses neutral-only RTL runs itself', () => {
    expect(visualPieces('Arabic مرحبا بالعالم here')).toEqual([
      { text: 'Arabic ', level: 0 },
      { text: 'مرحبا بالعالم', level: 1 },
      { text: ' here', level: 0 },
    ]);
    expect(shaperText('(مرحبا)', 1)).toBe(')مرحبا(');
    expect(shaperText(' - ', 1)).toBe(' - ');
    expect(shaperText('«»', 1)).toBe('«»');
    expect(shaperText('(x', 0)).toBe('(x');
  });

  it('cuts a paragraph into runs of one level, and orders items by UBA rule L2', () => {
    expect(levelRuns('ab جد 12 هو cd')).toEqual([
      { text: 'ab ', level: 0 },
      { text: 'جد ', level: 1 },
      { text: '12', level: 2 },
      { text: ' هو', level: 1 },
      { text: ' cd', level: 0 },
    ]);
    expect(visualOrder(['a', 'b', 'c', 'd', 'e'], (item) => ({ a: 0, b: 1, c: 2, d: 1, e: 0 })[item]!)).toEqual(['a', 'd', 'c', 'b', 'e']);
  });

  it('reads an emoji between Arabic words as the neutral it is (bidi-js alone took each half of its surrogate pair for a Latin letter)', () => {
    expect(visualString('Ryder: قتلوا 🚀 (في الهجوم) now')).toBe('Ryder: (موجهلا يف) 🚀 اولتق now');
    expect(reference('Ryder: قتلوا 🚀 (في الهجوم) now')).not.toBe('Ryder: (موجهلا يف) 🚀 اولتق now');
  });

  it('keeps emoji sequences whole when it reverses a run', () => {
    expect(shaperText('👍🏽 🇫🇷', 1)).toBe('🇫🇷 👍🏽');
  });
});
