// The project documents itself under docs/ (docs/conventions.md, "Tests"):
// nothing in the repository may point at a document outside it, and every
// link into docs/ must land on a file (and heading) that exists. Fails with
// the list of offending lines.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');

/** Design documents that lived outside the repository, and the folder they lived in. Written so this file does not match itself. */
const OUTSIDE = [/\b(?:API|DESIGN)\.md\b/, /\/work\/shared\b/, /\.\.\/shared\//];

const SKIPPED = [/^node_modules\//, /\/node_modules\//, /^lib\/server\/generated\//];

/** Tracked files, and new ones not yet added (but not ignored ones), that are text. */
function textFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...new Set(listed.split('\0').filter(Boolean))]
    .filter((file) => !SKIPPED.some((pattern) => pattern.test(file)))
    .filter((file) => {
      const full = path.join(root, file);
      // Listed but gone from the working tree (a rename in progress): nothing to read.
      if (!fs.existsSync(full) || !fs.statSync(full).isFile()) return false;
      const head = fs.readFileSync(full).subarray(0, 8000);
      return !head.includes(0);
    })
    .sort();
}

const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

function linesMatching(file: string, test: (line: string) => boolean): string[] {
  return read(file)
    .split('\n')
    .flatMap((line, i) => (test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .replace(/`/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(markdownFile: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of withoutCode(read(markdownFile)).split('\n')) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const base = slug(heading[1]);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** Fenced blocks and inline code spans blanked out (line count kept): links there are examples, not links. */
function withoutCode(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' ')).replace(/`[^`\n]*`/g, (span) => ' '.repeat(span.length));
}

/** Why `target` (relative to `from`, possibly with #anchor) does not resolve; null when it does. */
function brokenTarget(from: string, target: string): string | null {
  const [pathPart, anchor] = target.split('#', 2) as [string, string | undefined];
  const file = pathPart === '' ? from : path.posix.normalize(path.posix.join(path.posix.dirname(from), pathPart.split('?')[0]));
  if (file.startsWith('..')) return 'points outside the repository';
  const full = path.join(root, file);
  if (!fs.existsSync(full)) return `${file} does not exist`;
  if (anchor && file.endsWith('.md') && !anchorsOf(file).has(anchor)) return `${file} has no heading #${anchor}`;
  return null;
}

const markdownDocs = () => [
  'README.md',
  ...(fs.existsSync(path.join(root, 'docs'))
    ? fs
        .readdirSync(path.join(root, 'docs'))
        .filter((name) => name.endsWith('.md'))
        .map((name) => `docs/${name}`)
    : []),
];

describe('documentation stays inside the repository', () => {
  const files = textFiles();

  it('has docs/ with the API reference, the architecture and the conventions', () => {
    expect(['docs/api.md', 'docs/architecture.md', 'docs/conventions.md'].filter((file) => !fs.existsSync(path.join(root, file)))).toEqual([]);
  });

  it('never points at a design document outside the repository (README.md included)', () => {
    const hits = files.flatMap((file) => linesMatching(file, (line) => OUTSIDE.some((pattern) => pattern.test(line))));
    expect(hits).toEqual([]);
  });

  it('links, in README.md and docs/*.md, only to files and headings that exist', () => {
    const broken: string[] = [];
    for (const file of markdownDocs()) {
      withoutCode(read(file))
        .split('\n')
        .forEach((line, i) => {
          for (const [, target] of line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
            if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
            const why = brokenTarget(file, target);
            if (why) broken.push(`${file}:${i + 1}: ${target}: ${why}`);
          }
        });
    }
    expect(broken).toEqual([]);
  });

  it('cites docs/ from source comments only with files and headings that exist', () => {
    const broken: string[] = [];
    for (const file of files) {
      read(file)
        .split('\n')
        .forEach((line, i) => {
          for (const [cited] of line.matchAll(/(?<![\w/.-])docs\/[\w-]+\.md(?:#[\w-]+)?/g)) {
            const why = brokenTarget('', cited);
            if (why) broken.push(`${file}:${i + 1}: ${cited}: ${why}`);
          }
        });
    }
    expect(broken).toEqual([]);
  });
});
