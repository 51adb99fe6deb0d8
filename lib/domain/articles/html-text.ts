// Reduces an HTML document to the plain text claims are anchored in: one
// paragraph per block, no markup, no scripts or styles, no link targets (they
// would put URLs into the quoted words). Every step is linear in the upload:
// hostile markup (a title regex that backtracked, table spans, deep nesting)
// once stalled or crashed the server.
import { convert, type FormatCallback, type HtmlToTextOptions } from 'html-to-text';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * Elements nested deeper than this are not read: html-to-text walks the tree
 * recursively, and 20,000 nested <div>s overflowed the stack (a 500). What lies
 * below the limit is replaced by html-to-text's ellipsis "...", so the cut shows
 * in the imported text. Real articles nest a few dozen levels at most.
 */
export const MAX_HTML_DEPTH = 200;

type DomNode = Parameters<FormatCallback>[0];

/**
 * A table as a row per line, its cells separated by three spaces. html-to-text's
 * own `dataTable` lays cells out on a grid, expanding colspan/rowspan into it:
 * 20 cells of colspan=3000 rowspan=3000 (995 bytes) took 98 s and 3.6 GB, and
 * its grid is quadratic in rows and columns even without spans. Claims quote
 * the words of a cell, not its column alignment, so spans are simply ignored.
 */
const tableRows: FormatCallback = (elem, walk, builder) => {
  builder.openBlock({ leadingLineBreaks: 2 });
  const visit = (node: DomNode) => {
    if (node.type !== 'tag') return;
    if (node.name === 'tr') {
      builder.openBlock({ leadingLineBreaks: 1 });
      let first = true;
      for (const cell of node.children ?? []) {
        if (cell.type !== 'tag' || (cell.name !== 'td' && cell.name !== 'th')) continue;
        if (!first) builder.addLiteral('   ');
        first = false;
        walk(cell.children, builder);
      }
      builder.closeBlock({ trailingLineBreaks: 1 });
    } else if (node.name && ['thead', 'tbody', 'tfoot', 'center'].includes(node.name)) {
      (node.children ?? []).forEach(visit);
    }
  };
  (elem.children ?? []).forEach(visit);
  builder.closeBlock({ trailingLineBreaks: 2 });
};

const LIMITS: HtmlToTextOptions['limits'] = { maxDepth: MAX_HTML_DEPTH, ellipsis: '...' };

const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  limits: LIMITS,
  formatters: { tableRows },
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'noscript', format: 'skip' },
    { selector: 'template', format: 'skip' },
    // The article's words, not typography: headings keep their case.
    ...HEADINGS.map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: 'table', format: 'tableRows' },
  ],
};

export function htmlToArticleText(html: string): string {
  return convert(html, OPTIONS);
}

/**
 * The document's first <title>, entities decoded, or null when it has none.
 * Found with indexOf, not a regex: /<title[^>]*>([\s\S]*?)<\/title>/ rescanned
 * the rest of the document from every "<title" and took 10 s on 40,000 of them.
 */
export function htmlTitle(html: string): string | null {
  const lower = html.toLowerCase();
  const open = lower.indexOf('<title');
  if (open < 0) return null;
  const contentStart = lower.indexOf('>', open);
  if (contentStart < 0) return null;
  const close = lower.indexOf('</title>', contentStart);
  if (close < 0) return null;
  const title = convert(html.slice(contentStart + 1, close), { wordwrap: false, limits: LIMITS })
    .replace(/\s+/g, ' ')
    .trim();
  return title || null;
}
