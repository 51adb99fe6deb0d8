// The colours of a verdict pill, its label written on its verdict's colour:
// one definition for the HTML report, the workbench and the public page.
// Verdict colours are the organisation's (admins pick any #rrggbb), so the
// text colour is not fixed: white on "Half true" (#d4a72c) was 2.2:1 and on
// "Mostly true" 3.0:1, below WCAG AA's 4.5:1. Black or white, whichever
// contrasts more, reaches at least 4.58:1 on every colour there is.

/** The pill of a claim without a verdict, and of a colour that cannot be read. */
export const NO_VERDICT_COLOR = '#6e7781';

const BLACK = '#000000';
const WHITE = '#ffffff';

function channels(hex: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return null;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
  return [0, 2, 4].map((at) => parseInt(digits.slice(at, at + 2), 16)) as [number, number, number];
}

/** WCAG 2.x relative luminance of a #rgb / #rrggbb colour (sRGB channels linearised). */
function relativeLuminance(hex: string): number {
  const rgb = channels(hex);
  if (!rgb) throw new Error(`not a #rgb or #rrggbb colour: ${hex}`);
  const [r, g, b] = rgb.map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Whether `value` is a colour these functions read (#rgb or #rrggbb). */
export function isHexColor(value: string): boolean {
  return channels(value) !== null;
}

/** `color` laid at `amount` (0 to 1) over white, as CSS's color-mix(in srgb, color amount, transparent) shows on a white page. */
export function tintOnWhite(color: string, amount: number): string {
  const rgb = channels(color);
  if (!rgb) throw new Error(`not a #rgb or #rrggbb colour: ${color}`);
  return `#${rgb
    .map((value) =>
      Math.round(value * amount + 255 * (1 - amount))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** WCAG 2.x contrast ratio of two colours, 1 to 21 (AA asks 4.5 for body text). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

export interface PillColors {
  background: string;
  text: string;
}

/** Background and text colour of the pill of a verdict coloured `color`. */
export function verdictPillColors(color: string | null | undefined): PillColors {
  const background = color && channels(color) ? color : NO_VERDICT_COLOR;
  return { background, text: contrastRatio(WHITE, background) >= contrastRatio(BLACK, background) ? WHITE : BLACK };
}
