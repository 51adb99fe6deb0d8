// Every user-written string in the Markdown report passes through escapeMarkdown.
// Backslash-escaping '<' makes any tag literal text, so raw HTML (<script>,
// <img onerror>) can never reach a Markdown renderer's HTML output; escaping
// brackets stops user text from forming links of its own.
// Only what can start markup is escaped (CommonMark and GFM): escaping every
// punctuation mark wrote "example\.org/a\-b" and broke URLs and their links.
import { LinkifyIt } from 'linkify-it';
import { safeHref } from './html-escape';

// Markup anywhere in a line: backslash escapes, code spans, emphasis (* _),
// GFM strikethrough (~), links ([ ]), raw HTML and autolinks (<), table cells
// (|), entity references (& only before "name;" or "#123;"), and '!' at the
// end, where a footnote reference [^N] the report appends would make it "![".
const INLINE_MARKUP = /[\\`*_~[\]<|]|&(?=#?[0-9A-Za-z]+;)|!$/g;
// Markup at the start of a line (after up to three blanks): ATX headings (#),
// block quotes (>), bullet lists, thematic breaks and setext underlines
// (+ - =; * and _ are escaped everywhere), ordered lists ("1." "1)").
const LINE_START_MARKUP = /^( {0,3})(?:([#>+=-])|(\d{1,9})([.)]))/gm;

// http(s) URLs only: no fuzzy "example.org" links, no e-mail or ftp.
const linkify = new LinkifyIt({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });

function escapeText(text: string): string {
  return text
    .replace(INLINE_MARKUP, (char) => `\\${char}`)
    .replace(LINE_START_MARKUP, (_match, blanks: string, mark?: string, digits?: string, delimiter?: string) => (mark ? `${blanks}\\${mark}` : `${blanks}${digits}\\${delimiter}`));
}

/** http(s) URLs in `text`: [start, end) of each, as linkify-it (markdown-it's) finds them. */
function urlRanges(text: string): Array<{ start: number; end: number }> {
  if (!text.includes('://')) return [];
  // Inside <...> a URL may hold no blank, < or >, and backslash escapes do not apply.
  return (linkify.match(text) ?? [])
    .filter((match) => (match.schema === 'http:' || match.schema === 'https:') && match.raw === text.slice(match.index, match.lastIndex) && /^[^\s<>]+$/.test(match.raw) && safeHref(match.raw))
    .map((match) => ({ start: match.index, end: match.lastIndex }));
}

/**
 * Escaped text; line breaks are kept for the caller to lay out (see
 * markdownInline/markdownLines). http(s) URLs become autolinks (<https://...>),
 * which CommonMark renders as links and whose inside nothing rewrites; `links:
 * false` escapes them as text, for places that are already a link's text.
 */
export function escapeMarkdown(value: string | number | null | undefined, { links = true }: { links?: boolean } = {}): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  let out = '';
  let at = 0;
  for (const { start, end } of links ? urlRanges(text) : []) {
    out += `${escapeText(text.slice(at, start))}<${text.slice(start, end)}>`;
    at = end;
  }
  return out + escapeText(text.slice(at));
}

/** Escaped text on one line (table cells, list items): line breaks become spaces. */
export function markdownInline(value: string | null | undefined, options?: { links?: boolean }): string {
  // Line by line rather than /\s*[\r\n]+\s*/g, whose \s* rescanned a long blank
  // run from each of its positions (quadratic: 11 s for 100,000 blanks).
  const lines = (value ?? '').split(/[\r\n]+/).map((line) => line.trim());
  return escapeMarkdown(lines.filter(Boolean).join(' '), options);
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
  // Links do not nest: a URL in the link's text stays text.
  const destination = href.replace(/[<>\\\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${markdownInline(text, { links: false })}](<${destination}>)`;
}
