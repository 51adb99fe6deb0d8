// Every user-written string in the HTML report passes through here. One escape
// function for text and attribute values alike (quotes included), plus guards
// for the two places where escaping is not enough: URLs (a perfectly escaped
// "javascript:" href still runs) and CSS colours (escaped text can still
// inject style declarations).
import { UNRATED_COLOR } from '../verdicts';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

/** Escaped text with its line breaks kept. */
export function escapeMultiline(value: string | null | undefined): string {
  return escapeHtml(value).replace(/\r?\n/g, '<br>');
}

/**
 * The normalized URL when it is http(s), else null. Parsing (rather than a
 * prefix test) sees through tricks such as leading blanks or "java\tscript:".
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}

/** A hex or named colour, else the neutral highlight colour. */
export function safeColor(color: string | null | undefined, fallback = UNRATED_COLOR): string {
  if (color && /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,30})$/.test(color)) return color;
  return fallback;
}

function parseDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "2024-10-30": reports are read in many time zones, so dates are UTC and unambiguous. */
export function formatDate(iso: string | null | undefined): string {
  const date = parseDate(iso);
  return date ? date.toISOString().slice(0, 10) : (iso ?? '');
}

/** "2024-10-30 14:05 UTC" */
export function formatDateTime(iso: string | null | undefined): string {
  const date = parseDate(iso);
  return date ? `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC` : (iso ?? '');
}
