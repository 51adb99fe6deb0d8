// Reduces an HTML document to the plain text claims are anchored in: one
// paragraph per block, no markup, no scripts or styles, no link targets (they
// would put URLs into the quoted words).
import { convert, type HtmlToTextOptions } from 'html-to-text';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'noscript', format: 'skip' },
    { selector: 'template', format: 'skip' },
    // The article's words, not typography: headings keep their case.
    ...HEADINGS.map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
};

export function htmlToArticleText(html: string): string {
  return convert(html, OPTIONS);
}

/** The document's <title>, entities decoded, or null when it has none. */
export function htmlTitle(html: string): string | null {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const title = match ? convert(match[1], { wordwrap: false }).replace(/\s+/g, ' ').trim() : '';
  return title || null;
}
