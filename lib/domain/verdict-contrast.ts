// Whether a verdict colour keeps the text written on it readable (WCAG 2.x AA,
// 4.5:1), checked where the verdict scale is edited. Text meets a verdict's
// colour in two places:
// - its pill: the label in black or white, whichever contrasts more
//   (verdictPillColors), which is 4.58:1 or more on every colour there is, so
//   the pill alone can never fail;
// - the article in the workbench: its text over the highlight, the colour
//   mixed into white at 35 %, 55 % where two claims overlap and 70 % where three
//   do (app/globals.css). A dark colour fails there: black is 1.8:1 at 70 %.
// The reports tint less (45 %), so what passes here passes there.
import { contrastRatio, isHexColor, tintOnWhite, verdictPillColors } from './verdict-colors';

/** WCAG 2.x AA for body text. */
export const MIN_TEXT_CONTRAST = 4.5;

/** The article's text colour in the workbench (app/globals.css `--ink`). */
export const ARTICLE_INK = '#1f2328';

/** How much of the verdict colour a highlight mixes into the white page, by how many claims overlap (app/globals.css `mark.claim-highlight`). */
export const HIGHLIGHT_TINTS = [0.35, 0.55, 0.7] as const;

export interface VerdictColorContrast {
  /** the label on the verdict's pill */
  label: number;
  /** the article's text on the strongest highlight drawn in this colour */
  highlight: number;
  /** the lower of the two: what the colour is judged by */
  lowest: number;
  readable: boolean;
}

/** The contrast of text on `color` wherever the app writes on it; null for a value that is not a #rgb or #rrggbb colour. */
export function verdictColorContrast(color: string): VerdictColorContrast | null {
  if (!isHexColor(color)) return null;
  const pill = verdictPillColors(color);
  const label = contrastRatio(pill.text, pill.background);
  const highlight = Math.min(...HIGHLIGHT_TINTS.map((amount) => contrastRatio(ARTICLE_INK, tintOnWhite(color, amount))));
  const lowest = Math.min(label, highlight);
  return { label, highlight, lowest, readable: lowest >= MIN_TEXT_CONTRAST };
}

/** A ratio as people read it: "4.6:1" (rounded down, so a colour shown at 4.5:1 does reach it). */
export function formatContrast(ratio: number): string {
  return `${(Math.floor(ratio * 10) / 10).toFixed(1)}:1`;
}

interface ColoredOption {
  key: string;
  color: string;
}

/**
 * The options of `next` whose colour an admin chose (new options, changed
 * colours) and that is not readable. A colour the saved scale already has is
 * not refused again: the seeded "Misleading" (#a40e26) is 3.57:1 where three
 * claims overlap, and renaming it must not need a new colour first.
 */
export function refusedColors<T extends ColoredOption>(next: readonly T[], saved: readonly ColoredOption[]): Array<T & { contrast: VerdictColorContrast }> {
  const savedColor = new Map(saved.map((option) => [option.key, option.color.toLowerCase()]));
  return next.flatMap((option) => {
    if (savedColor.get(option.key) === option.color.toLowerCase()) return [];
    const contrast = verdictColorContrast(option.color);
    // A malformed colour is the request schema's to refuse, by field.
    return contrast && !contrast.readable ? [{ ...option, contrast }] : [];
  });
}
