// The DejaVu faces the PDF report embeds, read once per process. DejaVu Sans
// rather than Serif: it covers far more scripts (Arabic, Hebrew...), which
// matters for names in international news.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PdfFonts } from '@/lib/domain/export/pdf-report';

const FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', italic: 'DejaVuSans-Oblique.ttf' } as const;

/**
 * The package's ttf folder. require.resolve finds it under Node, Jest and tsx;
 * inside a Next bundle it may yield a module id instead of a path, so the
 * project's own node_modules is the fallback.
 */
function fontDir(): string {
  const candidates: string[] = [];
  try {
    const resolved: unknown = require.resolve('dejavu-fonts-ttf/package.json');
    if (typeof resolved === 'string' && path.isAbsolute(resolved)) candidates.push(path.join(path.dirname(resolved), 'ttf'));
  } catch {
    // not resolvable from here; try the fallback
  }
  candidates.push(path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf'));
  const found = candidates.find((dir) => existsSync(path.join(dir, FILES.regular)));
  if (!found) throw new Error(`DejaVu fonts not found (looked in ${candidates.join(', ')}); is dejavu-fonts-ttf installed?`);
  return found;
}

let cached: Promise<PdfFonts> | null = null;

export function pdfFonts(): Promise<PdfFonts> {
  if (!cached) {
    const dir = fontDir();
    const read = (file: string) => readFile(path.join(/*turbopackIgnore: true*/ dir, file));
    cached = Promise.all([read(FILES.regular), read(FILES.bold), read(FILES.italic)]).then(([regular, bold, italic]) => ({ regular, bold, italic }));
    // A failed read is not cached, so the next export tries again.
    cached.catch(() => {
      cached = null;
    });
  }
  return cached;
}
