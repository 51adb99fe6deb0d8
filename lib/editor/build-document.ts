// Builds the editor document for an article revision: one paragraph per line,
// claim ranges drawn as highlight segments, claim-finder suggestions (when
// shown) as a second, subtler mark. Pure data in, Tiptap JSON out.
import type { JSONContent } from '@tiptap/core';
import { segmentText } from '@/lib/domain/anchoring/highlight-segments';
import type { TextRange } from '@/lib/domain/types';
import { UNRATED_COLOR } from '@/lib/domain/verdicts';
import type { ClaimHighlightAttributes } from './claim-highlight';
import { lineStarts } from './text-positions';

export interface HighlightClaim {
  id: string;
  start: number;
  end: number;
  color: string | null;
  /** approved claims are drawn solid, the others hatched: a draft "True" must not look like a published one */
  approved?: boolean;
}

/** Suggestions share the segmentation with claims under ids no claim id can take (claim ids never hold a colon). */
const SUGGESTION_PREFIX = 'suggestion:';
const suggestionId = (range: TextRange) => `${SUGGESTION_PREFIX}${range.start}:${range.end}`;

export function buildDocument(text: string, claims: HighlightClaim[], activeId: string | null = null, suggestions: TextRange[] = []): JSONContent {
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const ranges = [...claims.map(({ id, start, end }) => ({ id, start, end })), ...suggestions.map((s) => ({ id: suggestionId(s), start: s.start, end: s.end }))];
  const segments = segmentText(text.length, ranges);
  const starts = lineStarts(text);
  const paragraphs: JSONContent[] = starts.map(() => ({ type: 'paragraph', content: [] }));

  let line = 0;
  for (const segment of segments) {
    let from = segment.start;
    while (from < segment.end) {
      while (line + 1 < starts.length && starts[line + 1] <= from) line += 1;
      const lineEnd = line + 1 < starts.length ? starts[line + 1] - 1 : text.length;
      const to = Math.min(segment.end, lineEnd);
      if (to > from) paragraphs[line].content!.push(textNode(text.slice(from, to), segment.ids, byId, activeId));
      from = Math.max(to, lineEnd + 1);
    }
  }
  for (const paragraph of paragraphs) if (paragraph.content!.length === 0) delete paragraph.content;
  return { type: 'doc', content: paragraphs };
}

function textNode(text: string, allIds: string[], byId: Map<string, HighlightClaim>, activeId: string | null): JSONContent {
  const ids = allIds.filter((id) => !id.startsWith(SUGGESTION_PREFIX));
  const suggested = allIds.find((id) => id.startsWith(SUGGESTION_PREFIX));
  const marks: JSONContent['marks'] = [];
  if (ids.length > 0) {
    // The innermost (shortest) claim gets the click, so nested claims stay reachable.
    const covering = ids.map((id) => byId.get(id)!).sort((a, b) => a.end - a.start - (b.end - b.start));
    const target = covering[0];
    marks.push({
      type: 'claimHighlight',
      attrs: {
        claimId: target.id,
        claimIds: ids.join(' '),
        color: target.color ?? UNRATED_COLOR,
        approved: target.approved === true,
        active: activeId !== null && ids.includes(activeId),
      } satisfies ClaimHighlightAttributes,
    });
  }
  if (suggested) marks.push({ type: 'claimSuggestion', attrs: { range: suggested.slice(SUGGESTION_PREFIX.length) } });
  return marks.length === 0 ? { type: 'text', text } : { type: 'text', text, marks };
}
