// What the PDF report's pieces share: the fonts (registered from the Buffers the
// caller passes, so lib/domain does no file IO), sizes, colours and two guards:
// colours pdfkit understands, and text cut by the face that can draw it.
import { UNRATED_COLOR } from '../verdicts';

export type PdfDoc = PDFKit.PDFDocument;

export interface PdfFonts {
  regular: Buffer | Uint8Array;
  bold: Buffer | Uint8Array;
  italic: Buffer | Uint8Array;
  /** a face with emoji (Noto Emoji, monochrome: PDF text has one colour); without it emoji print as U+FFFD */
  emoji?: Buffer | Uint8Array;
}

export type FontName = 'regular' | 'bold' | 'italic';
/** A registered face: one of the three styles, or the emoji face any style falls back to. */
export type FaceName = FontName | 'emoji';

export const SIZE = { body: 10, small: 8.5, ref: 6.5, h1: 20, h2: 14, footer: 8 } as const;
export const INK = { text: '#1f2328', muted: '#57606a', link: '#0969da', unapproved: '#7d4e00', rule: '#d0d7de' } as const;
/** Verdict colours are saturated; drawn at this opacity the text on them stays readable (the HTML's white veil). */
export const HIGHLIGHT_OPACITY = 0.45;

export function registerFonts(doc: PdfDoc, fonts: PdfFonts): void {
  for (const name of ['regular', 'bold', 'italic'] as const) doc.registerFont(name, Buffer.from(fonts[name]));
  if (fonts.emoji) doc.registerFont('emoji', Buffer.from(fonts.emoji));
}

/** A #rgb / #rrggbb colour, else the fallback: pdfkit silently ignores colours it cannot parse. */
export function pdfColor(color: string | null | undefined, fallback = UNRATED_COLOR): string {
  return color && /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(color) ? color : fallback;
}

interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}
const coverage = new WeakMap<FontkitFont, Map<number, boolean>>();
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Whether `face` has a glyph for a code point, asked of the fontkit font pdfkit loaded (cached per font). */
function glyphTest(doc: PdfDoc, face: FaceName): ((codePoint: number) => boolean) | null {
  const registered = (doc as unknown as { _registeredFonts?: Record<string, unknown> })._registeredFonts;
  if (face === 'emoji' && !registered?.emoji) return null;
  const current = (doc as unknown as { _font?: unknown })._font;
  doc.font(face);
  const font = (doc as unknown as { _font?: { font?: FontkitFont } })._font?.font;
  (doc as unknown as { _font?: unknown })._font = current;
  if (!font || typeof font.hasGlyphForCodePoint !== 'function') return null;
  let seen = coverage.get(font);
  if (!seen) coverage.set(font, (seen = new Map()));
  return (codePoint) => {
    let known = seen!.get(codePoint);
    if (known === undefined) seen!.set(codePoint, (known = font.hasGlyphForCodePoint(codePoint)));
    return known;
  };
}

/** Control characters as spaces (a space keeps every offset where it was). */
export function printable(text: string): string {
  return text.replace(/[\x00-\x1f\x7f-\x9f]/g, ' ');
}

// Code points that ask for the emoji picture of what they follow: the emoji
// variation selector, the zero-width joiner of sequences, skin tones, the keycap.
const EMOJI_PRESENTATION = /\ufe0f|\u200d|\u20e3|\ud83c[\udffb-\udfff]/;
const isJoinerOrSelector = (codePoint: number) => codePoint === 0x200d || (codePoint >= 0xfe00 && codePoint <= 0xfe0f);

/**
 * `text` cut into runs of the face that draws each grapheme: `font` itself,
 * the regular face for letters a bold or oblique face lacks, the emoji face
 * for emoji (a whole sequence, so its ligature,
 * e.g. a family or a flag, is one picture), else U+FFFD (or "?"): a missing
 * glyph would draw an empty box and, worse, copy back as another character.
 * Control characters become spaces.
 */
export function faceRuns(doc: PdfDoc, text: string, font: FontName): Array<{ text: string; font: FaceName }> {
  const clean = printable(text);
  // Most of an article is printable ASCII, which every DejaVu face covers.
  if (/^[\x20-\x7e]*$/.test(clean)) return clean ? [{ text: clean, font }] : [];
  const has = glyphTest(doc, font);
  if (!has) return [{ text: clean, font }];
  // Asked for only when a grapheme needs them: loading a face costs a parse of its file.
  const fallbacks = new Map<FaceName, ((codePoint: number) => boolean) | null>();
  const fallback = (face: FaceName) => {
    if (!fallbacks.has(face)) fallbacks.set(face, glyphTest(doc, face));
    return fallbacks.get(face)!;
  };
  // DejaVu's bold and oblique faces lack scripts the regular face has (Arabic): those letters fall back to it.
  const regular = (codePoint: number) => font !== 'regular' && (fallback('regular')?.(codePoint) ?? false);
  const emoji = (codePoint: number) => fallback('emoji')?.(codePoint) ?? false;
  const runs: Array<{ text: string; font: FaceName }> = [];
  const push = (part: string, face: FaceName) => {
    const last = runs[runs.length - 1];
    if (last && last.font === face) last.text += part;
    else runs.push({ text: part, font: face });
  };
  for (const { segment } of graphemes.segment(clean)) {
    const codePoints = [...segment].map((char) => char.codePointAt(0)!);
    const drawable = codePoints.filter((codePoint) => !isJoinerOrSelector(codePoint));
    const wantsPicture = EMOJI_PRESENTATION.test(segment) || codePoints[0] >= 0x1f000;
    if (!wantsPicture && codePoints.every((codePoint) => codePoint < 0x7f || has(codePoint))) push(segment, font);
    else if (!wantsPicture && codePoints.every(regular)) push(segment, 'regular');
    else if (emoji(codePoints[0])) push(segment, 'emoji');
    // A text symbol with an emoji selector the emoji face lacks: the symbol alone.
    else if (drawable.length > 0 && drawable.every((codePoint) => codePoint < 0x7f || has(codePoint))) push(String.fromCodePoint(...drawable), font);
    else push(has(0xfffd) ? '\ufffd' : '?', font);
  }
  return runs;
}

/** Starts a new page unless `height` more points fit on this one. */
export function ensureSpace(doc: PdfDoc, height: number): void {
  if (doc.y + height > doc.page.maxY()) {
    doc.addPage();
    doc.x = doc.page.margins.left;
  }
}

export function contentWidth(doc: PdfDoc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** Draws a filled square the size of a capital letter, e.g. a verdict swatch. */
export function swatch(doc: PdfDoc, x: number, y: number, color: string, size = 8): void {
  doc.save().rect(x, y, size, size).fillColor(pdfColor(color)).fill().restore();
  doc.save().lineWidth(0.5).rect(x, y, size, size).strokeColor('#000000', 0.2).stroke().restore();
}
