// Every user-written string in the Markdown report passes through escapeMarkdown.
// Backslash-escaping '<' makes any tag literal text, so raw HTML (<script>,
// <img onerror>) can never reach a Markdown renderer's HTML output; escaping
// brackets and parentheses stops user text from forming links of its own.
import { safeHref } from './html-escape';

// CommonMark lets any ASCII punctuation be backslash-escaped. These are the ones
// that can start markup: emphasis, code, links, headings (#, setext =, -), lists
// (+ - . )), tables (|), block quotes and HTML (< >), GFM strikethrough (~) and
// entity references (&).
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~=&]/g;

/** Escaped text; line breaks are kept for the caller to lay out (see markdownInline/markdownLines). */
export function escapeMarkdown(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(MARKDOWN_SPECIAL, (char) => `\\${char}`);
}

/** Escaped text on one line (table cells, list items): line breaks become spaces. */
export function markdownInline(value: string | null | undefined): string {
  // Line by line rather than /\s*[\r\n]+\s*/g, whose \s* rescanned a long blank
  // run from each of its positions (quadratic: 11 s for 100,000 blanks).
  const lines = (value ?? '').split(/[\r\n]+/).map((line) => line.trim());
  return escapeMarkdown(lines.filter(Boolean).join(' '));
}

/**
 * Escaped multi-line text for a block indented by `indent`: lines become hard
 * breaks, blank lines new paragraphs. Lines are trimmed so leading blanks never
 * turn into a code block.
 */
export function markdownLines(value: string, indent = ''): string {
  return value
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) =>
      paragraph
        .split(/\r?\n/)
        .map((line) => escapeMarkdown(line.trim()))
        .filter(Boolean)
        .join(`\\\n${indent}`),
    )
    .filter(Boolean)
    .join(`\n\n${indent}`);
}

/**
 * A link when the URL is http(s), else the escaped text alone. The destination
 * goes in <...> with the characters that could end it percent-encoded.
 */
export function markdownLink(url: string | null | undefined, text: string): string {
  const href = safeHref(url);
  if (!href) return markdownInline(text);
  const destination = href.replace(/[<>\\\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${markdownInline(text)}](<${destination}>)`;
}
