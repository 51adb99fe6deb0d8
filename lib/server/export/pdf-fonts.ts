// The faces the PDF report embeds, read once per process. DejaVu Sans rather
// than Serif: it covers far more scripts (Arabic, Hebrew...), which matters for
// names in international news. Emoji come from Noto Emoji (monochrome: a PDF
// glyph has the text's one colour, and fontkit cannot embed colour bitmaps),
// which DejaVu lacks: without it they printed as U+FFFD.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PdfFonts } from '@/lib/domain/export/pdf-report';

const DEJAVU = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', italic: 'DejaVuSans-Oblique.ttf' } as const;
const NOTO_EMOJI = path.join('400Regular', 'NotoEmoji_400Regular.ttf');

/**
 * The folder of an installed font package holding `file`. require.resolve
 * finds it under Node, Jest and tsx; inside a Next bundle it may yield a module
 * id instead of a path, so the project's own node_modules is the fallback.
 */
function packageDir(name: string, sub: string, file: string): string {
  const candidates: string[] = [];
  try {
    const resolved: unknown = require.resolve(`${name}/package.json`);
    if (typeof resolved === 'string' && path.isAbsolute(resolved)) candidates.push(path.join(path.dirname(resolved), sub));
  } catch {
    // not resolvable from here; try the fallback
  }
  candidates.push(path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', name, sub));
  const found = candidates.find((dir) => existsSync(path.join(dir, file)));
  if (!found) throw new Error(`${file} not found (looked in ${candidates.join(', ')}); is ${name} installed?`);
  return found;
}

let cached: Promise<PdfFonts> | null = null;

export function pdfFonts(): Promise<PdfFonts> {
  if (!cached) {
    const dejavu = packageDir('dejavu-fonts-ttf', 'ttf', DEJAVU.regular);
    const emoji = packageDir('@expo-google-fonts/noto-emoji', '', NOTO_EMOJI);
    const read = (dir: string, file: string) => readFile(path.join(/*turbopackIgnore: true*/ dir, file));
    cached = Promise.all([read(dejavu, DEJAVU.regular), read(dejavu, DEJAVU.bold), read(dejavu, DEJAVU.italic), read(emoji, NOTO_EMOJI)]).then(([regular, bold, italic, emojiFace]) => ({
      regular,
      bold,
      italic,
      emoji: emojiFace,
    }));
    // A failed read is not cached, so the next export tries again.
    cached.catch(() => {
      cached = null;
    });
  }
  return cached;
}
