// The contrast check of the verdict scale screen (lib/domain/verdict-contrast.ts):
// the label on its pill and the article's text on the highlights, at the tints
// app/globals.css really draws.
import fs from 'node:fs';
import path from 'node:path';
import { ARTICLE_INK, HIGHLIGHT_TINTS, MIN_TEXT_CONTRAST, formatContrast, refusedColors, verdictColorContrast } from '@/lib/domain/verdict-contrast';
import { contrastRatio, tintOnWhite, verdictPillColors } from '@/lib/domain/verdict-colors';
import { DEFAULT_VERDICT_SCALE } from '@/lib/domain/verdicts';

const css = fs.readFileSync(path.join(__dirname, '..', '..', 'app', 'globals.css'), 'utf8');

describe('the tints and ink it judges by are the stylesheet’s', () => {
  it('HIGHLIGHT_TINTS are the color-mix percentages of mark.claim-highlight, by depth', () => {
    const tints = [...css.matchAll(/mark\.claim-highlight(?:\[data-depth='(\d)'\])?\s*\{[^}]*color-mix\(in srgb, var\(--claim-color\) (\d+)%, transparent\)/g)].map((m) => Number(m[2]) / 100);
    expect(tints).toEqual([...HIGHLIGHT_TINTS]);
  });

  it('ARTICLE_INK is --ink', () => {
    expect(css).toMatch(new RegExp(`--ink:\\s*${ARTICLE_INK};`));
  });
});

describe('tintOnWhite', () => {
  it.each([
    ['#000000', 0.7, '#4d4d4d'],
    ['#000000', 0, '#ffffff'],
    ['#1a7f37', 1, '#1a7f37'],
    ['#fff', 0.5, '#ffffff'],
  ])('%s at %d over white is %s', (color, amount, tint) => {
    expect(tintOnWhite(color, amount)).toBe(tint);
  });
});

describe('verdictColorContrast', () => {
  it('the label ratio is the pill’s own (verdictPillColors)', () => {
    for (const option of DEFAULT_VERDICT_SCALE) {
      const pill = verdictPillColors(option.color);
      expect(verdictColorContrast(option.color)!.label).toBeCloseTo(contrastRatio(pill.text, pill.background), 5);
    }
  });

  it('black: its label is 21:1 but the article text on three overlapping highlights 1.8:1, so it is refused', () => {
    const black = verdictColorContrast('#000000')!;
    expect(black.label).toBeCloseTo(21, 5);
    expect(black.highlight).toBeCloseTo(contrastRatio(ARTICLE_INK, '#4d4d4d'), 5);
    expect(formatContrast(black.highlight)).toBe('1.8:1');
    expect(black).toMatchObject({ lowest: black.highlight, readable: false });
  });

  it('judges the strongest tint: #a40e26 (the seeded Misleading) passes one highlight deep, fails three deep', () => {
    expect(contrastRatio(ARTICLE_INK, tintOnWhite('#a40e26', 0.35))).toBeGreaterThan(MIN_TEXT_CONTRAST);
    const misleading = verdictColorContrast('#a40e26')!;
    expect(formatContrast(misleading.highlight)).toBe('3.5:1');
    expect(misleading.readable).toBe(false);
  });

  it.each(DEFAULT_VERDICT_SCALE.filter((o) => o.key !== 'misleading'))('the seeded $label ($color) is readable', ({ color }) => {
    expect(verdictColorContrast(color)!.readable).toBe(true);
  });

  it('a pale colour passes (the pill turns its label black)', () => {
    expect(verdictColorContrast('#fff3b0')).toMatchObject({ readable: true });
  });

  it('answers null for what is not a colour', () => {
    expect(verdictColorContrast('red')).toBeNull();
    expect(verdictColorContrast('#12345')).toBeNull();
  });
});

describe('formatContrast', () => {
  it('rounds down, so what reads 4.5:1 reaches 4.5:1', () => {
    expect(formatContrast(4.49)).toBe('4.4:1');
    expect(formatContrast(4.5)).toBe('4.5:1');
    expect(formatContrast(21)).toBe('21.0:1');
  });
});

describe('refusedColors', () => {
  const saved = DEFAULT_VERDICT_SCALE;

  it('refuses a colour an admin changed to an unreadable one, and a new option’s', () => {
    const next = [...saved.map((o) => (o.key === 'true' ? { ...o, color: '#000000' } : o)), { ...saved[0], key: 'satire', color: '#202020' }];
    expect(refusedColors(next, saved).map((o) => o.key)).toEqual(['true', 'satire']);
  });

  it('keeps a colour the saved scale already has, readable or not (the seeded Misleading), whatever its case', () => {
    const next = saved.map((o) => (o.key === 'misleading' ? { ...o, label: 'Misleading claim', color: o.color.toUpperCase() } : o));
    expect(refusedColors(next, saved)).toEqual([]);
  });

  it('accepts a changed colour that is readable, and leaves malformed ones to the request schema', () => {
    const next = saved.map((o) => (o.key === 'true' ? { ...o, color: '#2da44e' } : o.key === 'false' ? { ...o, color: 'red' } : o));
    expect(refusedColors(next, saved)).toEqual([]);
  });
});
