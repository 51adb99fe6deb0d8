// The mark of a claim-finder suggestion in the article text: a subtle dotted
// underline on a sentence the workbench thinks is worth checking, shown while
// suggestions are on. Display only, like the claim highlight: it carries the
// sentence's range, never a decision.
import { Mark, mergeAttributes } from '@tiptap/core';

export const ClaimSuggestion = Mark.create({
  name: 'claimSuggestion',
  excludes: 'claimSuggestion',
  inclusive: false,

  addAttributes() {
    return {
      range: { default: '', parseHTML: (el) => el.getAttribute('data-suggestion') ?? '', renderHTML: (a) => ({ 'data-suggestion': a.range }) },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-suggestion]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ class: 'claim-suggestion', title: 'Suggested claim: click to see it in the list' }, HTMLAttributes), 0];
  },
});
