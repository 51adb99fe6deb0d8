// Every verdict pill (its label on its colour) must reach WCAG 2.x AA contrast,
// 4.5:1, wherever it is drawn: the HTML report and the workbench read their
// colours from lib/domain/verdict-colors.ts, and these read back what each drew.
import { renderToStaticMarkup } from 'react-dom/server';
import { VerdictPill } from '@/components/claims/verdict-pill';
import { buildReportModel } from '@/lib/domain/export/report-model';
import { renderHtmlReport } from '@/lib/domain/export/html-report';
import { contrastRatio, NO_VERDICT_COLOR, verdictPillColors } from '@/lib/domain/verdict-colors';
import { DEFAULT_VERDICT_SCALE } from '@/lib/domain/verdicts';
import { NINE_KILLED } from './fixture-article';
import { claimOn, reportInput } from './export/report-fixtures';

const AA = 4.5;
const PILLS = [...DEFAULT_VERDICT_SCALE.map((option) => ({ label: option.label, color: option.color })), { label: 'No verdict yet', color: NO_VERDICT_COLOR }];

describe('contrastRatio (WCAG 2.x: (L1 + 0.05) / (L2 + 0.05) of relative luminances)', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
    ['#777777', '#ffffff', 4.48],
    ['#ff0000', '#ffffff', 4],
    ['#0000ff', '#000000', 2.44],
  ])('%s on %s is %d:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
    expect(contrastRatio(b, a)).toBeCloseTo(ratio, 2);
  });
});

describe('verdict pills', () => {
  it.each(PILLS)('$label: the pill text reaches 4.5:1 on its colour', ({ color }) => {
    const { background, text } = verdictPillColors(color);
    expect(background).toBe(color);
    expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(AA);
  });

  it('reaches 4.5:1 on any colour an admin may give a verdict (every #rgb colour)', () => {
    for (let n = 0; n < 4096; n += 1) {
      const color = `#${[...n.toString(16).padStart(3, '0')].map((digit) => digit + digit).join('')}`;
      const { background, text } = verdictPillColors(color);
      expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(AA);
    }
  });

  it('falls back to the neutral pill for a colour it cannot read', () => {
    expect(verdictPillColors('red; position: fixed').background).toBe(NO_VERDICT_COLOR);
    expect(verdictPillColors(null).background).toBe(NO_VERDICT_COLOR);
  });

  const styleOf = (html: string) => Object.fromEntries([...html.matchAll(/(background|color):\s*([^;"]+)/g)].map((m) => [m[1], m[2].trim()]));

  it('HTML report: every verdict pill, and the "No verdict yet" one, is drawn at 4.5:1 or more', () => {
    const claims = [
      ...DEFAULT_VERDICT_SCALE.map((option) => claimOn(NINE_KILLED, { verdict: { key: option.key, label: option.label, color: option.color } })),
      claimOn(NINE_KILLED, { verdict: null, status: 'DRAFT' }),
    ];
    const html = renderHtmlReport(buildReportModel(reportInput(claims, { scope: 'all' })));
    const pills = [...html.matchAll(/<span class="verdict" style="([^"]*)">([^<]*)<\/span>/g)];
    expect(pills.map((m) => m[2]).sort()).toEqual(PILLS.map((p) => p.label).sort());
    // The stylesheet sets no pill text colour of its own that could win over the inline one.
    expect(html).not.toMatch(/\.verdict\s*\{[^}]*[^-]color:/);
    for (const [, style, label] of pills) {
      const { background, color } = styleOf(style);
      expect({ label, ratio: contrastRatio(color, background) >= AA }).toEqual({ label, ratio: true });
    }
  });

  it.each(PILLS)('workbench: the $label pill is drawn at 4.5:1 or more', (pill) => {
    const html = renderToStaticMarkup(<VerdictPill verdict={pill.label === 'No verdict yet' ? null : pill} />);
    expect(html).toContain(`>${pill.label}</span>`);
    const { background, color } = styleOf(html.match(/style="([^"]*)"/)![1]);
    expect(contrastRatio(color, background)).toBeGreaterThanOrEqual(AA);
  });
});
