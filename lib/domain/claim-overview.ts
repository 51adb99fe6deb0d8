// The article overview (issue 16): which of an article's claims to show for a
// filter (status, verdict, author, words), how many there are of each status
// and verdict, and where words occur in the article text. Pure: the workbench
// hands in the claims it holds and draws what comes back.
import { CLAIM_STATUSES, type ClaimStatus } from './types';

export interface OverviewClaim {
  status: ClaimStatus;
  verdict: { key: string } | null;
  author: { id: string; name: string };
  statement: string;
  selector: { exact: string };
  claimant: { name: string } | null;
}

/** `null`: any. `verdict: ''` asks for the claims without a verdict. */
export interface ClaimFilter {
  status: ClaimStatus | null;
  verdict: string | null;
  authorId: string | null;
  words: string;
}

export const NO_FILTER: ClaimFilter = { status: null, verdict: null, authorId: null, words: '' };

/** Longer search words are cut here, before any matching: a pasted page is not a search. */
export const MAX_SEARCH_LENGTH = 200;
/** Places in the text marked for one search; more are counted as "more than". */
export const MAX_TEXT_MATCHES = 500;

export const isFiltered = (filter: ClaimFilter) => filter.status !== null || filter.verdict !== null || filter.authorId !== null || searchWords(filter.words) !== '';

/** The words searched for: trimmed, inner spaces as one, at most MAX_SEARCH_LENGTH characters. */
export function searchWords(words: string): string {
  return words
    .slice(0, MAX_SEARCH_LENGTH * 4)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_SEARCH_LENGTH);
}

/** Case-insensitive, without changing lengths (toLowerCase can: "İ" becomes two code units). */
function wordsPattern(words: string, flags: string): RegExp {
  return new RegExp(words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'), flags);
}

export function matchesFilter(claim: OverviewClaim, filter: ClaimFilter): boolean {
  if (filter.status !== null && claim.status !== filter.status) return false;
  if (filter.verdict !== null && (claim.verdict?.key ?? '') !== filter.verdict) return false;
  if (filter.authorId !== null && claim.author.id !== filter.authorId) return false;
  const words = searchWords(filter.words);
  if (!words) return true;
  const pattern = wordsPattern(words, 'iu');
  return [claim.selector.exact, claim.statement, claim.claimant?.name ?? ''].some((field) => pattern.test(field));
}

export function countByStatus(claims: readonly OverviewClaim[]): Record<ClaimStatus, number> {
  const counts = Object.fromEntries(CLAIM_STATUSES.map((status) => [status, 0])) as Record<ClaimStatus, number>;
  for (const claim of claims) counts[claim.status] += 1;
  return counts;
}

export interface VerdictCount {
  /** '' for the claims without a verdict */
  key: string;
  label: string;
  color: string | null;
  count: number;
}

/**
 * The claims per verdict, in the scale's order, then those without one. A
 * verdict of the scale no claim has is listed with 0, so the chart keeps its
 * shape from article to article; one no longer on the scale is listed after.
 */
export function countByVerdict(claims: readonly OverviewClaim[], scale: readonly { key: string; label: string; color: string }[]): VerdictCount[] {
  const counts = new Map<string, number>();
  for (const claim of claims) counts.set(claim.verdict?.key ?? '', (counts.get(claim.verdict?.key ?? '') ?? 0) + 1);
  const rows: VerdictCount[] = scale.map((v) => ({ key: v.key, label: v.label, color: v.color, count: counts.get(v.key) ?? 0 }));
  const onScale = new Set(scale.map((v) => v.key));
  for (const [key, count] of counts) if (key !== '' && !onScale.has(key)) rows.push({ key, label: key, color: null, count });
  rows.push({ key: '', label: 'No verdict', color: null, count: counts.get('') ?? 0 });
  return rows;
}

/** Everyone who wrote one of the claims, by name: the author filter's choices. */
export function authorsOf(claims: readonly OverviewClaim[]): { id: string; name: string }[] {
  const byId = new Map<string, string>();
  for (const claim of claims) byId.set(claim.author.id, claim.author.name);
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Where the words occur in the text (UTF-16 offsets, the editor's), case
 * insensitive, any run of white space matching a space; at most `cap` places.
 * One left-to-right scan of a literal pattern: linear in the text.
 */
export function findInText(text: string, words: string, cap = MAX_TEXT_MATCHES): { ranges: { start: number; end: number }[]; more: boolean } {
  const wanted = searchWords(words);
  const ranges: { start: number; end: number }[] = [];
  if (!wanted) return { ranges, more: false };
  const pattern = wordsPattern(wanted, 'giu');
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (ranges.length === cap) return { ranges, more: true };
    ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return { ranges, more: false };
}
