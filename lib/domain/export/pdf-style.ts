// What the PDF report's pieces share: the fonts (registered from the Buffers the
// caller passes, so lib/domain does no file IO), sizes, colours and two guards:
// colours pdfkit understands, and text the embedded font can actually draw.
import { UNRATED_COLOR } from '../verdicts';

export type PdfDoc = PDFKit.PDFDocument;

export interface PdfFonts {
  regular: Buffer | Uint8Array;
  bold: Buffer | Uint8Array;
  italic: Buffer | Uint8Array;
}

export type FontName = 'regular' | 'bold' | 'italic';

export const SIZE = { body: 10, small: 8.5, ref: 6.5, h1: 20, h2: 14, footer: 8 } as const;
export const INK = { text: '#1f2328', muted: '#57606a', link: '#0969da', unapproved: '#7d4e00', rule: '#d0d7de' } as const;
/** Verdict colours are saturated; drawn at this opacity the text on them stays readable (the HTML's white veil). */
export const HIGHLIGHT_OPACITY = 0.45;

export function registerFonts(doc: PdfDoc, fonts: PdfFonts): void {
  for (const name of ['regular', 'bold', 'italic'] as const) doc.registerFont(name, Buffer.from(fonts[name]));
}

/** A #rgb / #rrggbb colour, else the fallback: pdfkit silently ignores colours it cannot parse. */
export function pdfColor(color: string | null | undefined, fallback = UNRATED_COLOR): string {
  return color && /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(color) ? color : fallback;
}

interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}
const coverage = new WeakMap<FontkitFont, Map<number, boolean>>();

/**
 * The text with characters the current font lacks (emoji, rare scripts) replaced
 * by U+FFFD or "?", and control characters by spaces. A missing glyph would draw
 * an empty box and, worse, map back to the wrong character in copied text.
 */
export function drawable(doc: PdfDoc, text: string): string {
  // Most of an article is printable ASCII, which every DejaVu face covers.
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const font = (doc as unknown as { _font?: { font?: FontkitFont } })._font?.font;
  if (!font || typeof font.hasGlyphForCodePoint !== 'function') return text;
  let seen = coverage.get(font);
  if (!seen) coverage.set(font, (seen = new Map()));
  const has = (codePoint: number) => {
    let known = seen!.get(codePoint);
    if (known === undefined) seen!.set(codePoint, (known = font.hasGlyphForCodePoint(codePoint)));
    return known;
  };
  let out = '';
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) out += ' ';
    else if (codePoint < 0x7f || has(codePoint)) out += char;
    // Variation selectors and joiners only make sense next to an emoji we cannot draw.
    else if (codePoint === 0x200d || (codePoint >= 0xfe00 && codePoint <= 0xfe0f)) continue;
    else out += has(0xfffd) ? '\ufffd' : '?';
  }
  return out;
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
