// Reads a PDF back for tests (unit and integration): its text, page count,
// Info dictionary and the URLs of its link annotations, via pdf-parse 2.
// pdf.js loads its worker with a dynamic import(), which Jest's module sandbox
// refuses, so the parsing runs in a plain Node child process.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ReadPdf {
  text: string;
  pages: number;
  info: Record<string, string>;
  links: string[];
}

const SCRIPT = `
const { PDFParse } = require('pdf-parse');
const { readFileSync } = require('node:fs');
(async () => {
  const parser = new PDFParse({ data: new Uint8Array(readFileSync(process.argv[1])) });
  const text = await parser.getText();
  const info = await parser.getInfo({ parsePageInfo: true });
  await parser.destroy();
  const links = info.pages.flatMap((page) => page.links.map((link) => link.url));
  process.stdout.write(JSON.stringify({ text: text.text, pages: text.total, info: info.info || {}, links }));
})().catch((error) => { console.error(error); process.exit(1); });
`;

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const dir = await mkdtemp(join(tmpdir(), 'pdf-read-'));
  try {
    const file = join(dir, 'report.pdf');
    await writeFile(file, bytes);
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ['-e', SCRIPT, file], { cwd: process.cwd(), maxBuffer: 64 * 1024 * 1024 }, (error, out, err) =>
        error ? reject(new Error(`pdf-parse failed: ${err || error.message}`)) : resolve(out),
      ),
    );
    return JSON.parse(stdout) as ReadPdf;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Whitespace (line breaks from wrapping included) collapsed to single spaces. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
