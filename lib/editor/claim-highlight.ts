// The claim highlight mark. It only displays claims: the database record is the
// source of truth, so the mark carries ids and colour, never claim content.
// Overlapping claims are drawn as consecutive segments, each with one mark that
// lists every claim covering it.
import { Mark, mergeAttributes } from '@tiptap/core';
import { UNRATED_COLOR } from '@/lib/domain/verdicts';

export interface ClaimHighlightAttributes {
  /** the claim a click on this segment opens: the innermost one covering it */
  claimId: string;
  /** every claim covering this segment, space separated */
  claimIds: string;
  color: string;
  /** the claim a click opens is approved: drawn solid; otherwise hatched (CSS: mark.claim-highlight[data-approved]) */
  approved: boolean;
  active: boolean;
}

export const ClaimHighlight = Mark.create({
  name: 'claimHighlight',
  // Segments never overlap, so one mark per text range is enough.
  excludes: 'claimHighlight',
  inclusive: false,

  addAttributes() {
    return {
      claimId: { default: null, parseHTML: (el) => el.getAttribute('data-claim-id'), renderHTML: (a) => ({ 'data-claim-id': a.claimId }) },
      claimIds: { default: '', parseHTML: (el) => el.getAttribute('data-claim-ids') ?? '', renderHTML: (a) => ({ 'data-claim-ids': a.claimIds }) },
      color: {
        default: UNRATED_COLOR,
        parseHTML: (el) => el.getAttribute('data-color'),
        renderHTML: (a) => ({ 'data-color': a.color, style: `--claim-color: ${a.color}` }),
      },
      approved: {
        default: false,
        parseHTML: (el) => el.getAttribute('data-approved') === 'true',
        renderHTML: (a) => ({ 'data-approved': a.approved ? 'true' : 'false' }),
      },
      active: {
        default: false,
        parseHTML: (el) => el.classList.contains('is-active'),
        renderHTML: (a) => (a.active ? { class: 'is-active' } : {}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'mark[data-claim-id]' }];
  },

  renderHTML({ HTMLAttributes }) {
    const depth = String(HTMLAttributes['data-claim-ids']).split(' ').filter(Boolean).length;
    return ['mark', mergeAttributes({ class: 'claim-highlight', 'data-depth': String(depth) }, HTMLAttributes), 0];
  },
});
