'use client';

// The article text in a read-only Tiptap editor, with claims drawn as
// highlight marks. It reports clicks on highlights and can tell which part of
// the text the reader has selected, as offsets into the revision text.
import { forwardRef, useCallback, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import Document from '@tiptap/extension-document';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import { ClaimHighlight } from '@/lib/editor/claim-highlight';
import type { TextRange } from '@/lib/domain/types';
import { buildDocument, type HighlightClaim } from '@/lib/editor/build-document';
import { ClaimSuggestion } from '@/lib/editor/claim-suggestion';
import { lineStarts, offsetToPos, posToOffset, rangeAt } from '@/lib/editor/text-positions';
import { trimRange } from '@/lib/editor/selection-range';

export interface ArticleEditorHandle {
  /** The selected text range, trimmed of white space, or null when nothing is selected. */
  selectedRange(): TextRange | null;
  scrollToClaim(id: string): void;
  /** Selects the range of the text and scrolls it into view. */
  showRange(range: TextRange): void;
}

interface Props {
  text: string;
  claims: HighlightClaim[];
  activeId: string | null;
  onClaimClick(id: string): void;
  /** claim-finder suggestions to mark in the text (empty when they are hidden) */
  suggestions?: TextRange[];
  /** a click on a suggested sentence that is not a claim: the one of `suggestions` it lands in */
  onSuggestionClick?(range: TextRange): void;
}

const NO_SUGGESTIONS: TextRange[] = [];

/** What the drawn text depends on, as one string: an unchanged one is not laid out again. */
function layoutKey(text: string, claims: HighlightClaim[], activeId: string | null, suggestions: TextRange[]): string {
  const marks = claims.map((c) => `${c.id}:${c.start}:${c.end}:${c.color ?? ''}:${c.approved ? 1 : 0}`).join(',');
  return `${text.length}|${marks}|${activeId ?? ''}|${suggestions.map((r) => `${r.start}:${r.end}`).join(',')}`;
}

export const ArticleEditor = forwardRef<ArticleEditorHandle, Props>(function ArticleEditor({ text, claims, activeId, onClaimClick, suggestions = NO_SUGGESTIONS, onSuggestionClick }, ref) {
  // A live update hands in new claim objects for a claim whose highlight did not
  // change (a teammate's edit of its statement, the echo of one's own save):
  // laying the text out again then would cost a moment and, worse, drop the
  // words the reader is selecting. So the document is rebuilt only when the key changes.
  const key = layoutKey(text, claims, activeId, suggestions);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for text, claims, activeId and suggestions
  const content = useMemo(() => buildDocument(text, claims, activeId, suggestions), [key]);
  const editor = useEditor({
    extensions: [Document, Paragraph, Text, ClaimHighlight, ClaimSuggestion],
    content,
    editable: false,
    // Tiptap makes the text a textbox; without a name screen readers announce an
    // unnamed field (axe-core: aria-input-field-name, serious). It is read-only.
    editorProps: { attributes: { 'aria-label': 'Article text', 'aria-readonly': 'true' } },
    immediatelyRender: false,
  });

  /** The selected part of the text as offsets (untrimmed), or null. */
  const readSelection = useCallback((): TextRange | null => {
    if (!editor) return null;
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const view = editor.view;
    const range = selection.getRangeAt(0);
    if (!view.dom.contains(range.startContainer) || !view.dom.contains(range.endContainer)) return null;
    const toOffset = (node: Node, offset: number) => {
      const pos = view.posAtDOM(node, offset);
      return posToOffset(pos, editor.state.doc.resolve(pos).index(0));
    };
    return { start: toOffset(range.startContainer, range.startOffset), end: toOffset(range.endContainer, range.endOffset) };
  }, [editor]);

  /** Selects the offsets in the text; returns the node where they start. */
  const select = useCallback(
    ({ start, end }: TextRange): Node | null => {
      if (!editor) return null;
      const starts = lineStarts(text);
      const from = editor.view.domAtPos(offsetToPos(starts, start));
      const to = editor.view.domAtPos(offsetToPos(starts, end));
      const range = document.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return from.node;
    },
    [editor, text],
  );

  // The editor is created with the first content; lay the text out again only
  // when highlights or the active claim change (a long article with hundreds of
  // highlights costs a noticeable moment each time), keeping the reader's selection.
  const shown = useRef(content);
  useEffect(() => {
    if (!editor || editor.isDestroyed || shown.current === content) return;
    shown.current = content;
    const selected = readSelection();
    editor.commands.setContent(content, { emitUpdate: false });
    if (selected) select(selected);
  }, [editor, content, readSelection, select]);

  useImperativeHandle(
    ref,
    () => ({
      selectedRange() {
        const range = readSelection();
        return range && trimRange(text, range.start, range.end);
      },
      showRange(range: TextRange) {
        const from = select(range);
        (from instanceof Element ? from : from?.parentElement)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      },
      scrollToClaim(id: string) {
        const mark = editor?.view.dom.querySelector(`mark[data-claim-ids~="${CSS.escape(id)}"]`);
        mark?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      },
    }),
    [editor, text, readSelection, select],
  );

  return (
    <div
      className="article-text"
      data-testid="article-text"
      onClick={(event) => {
        if (window.getSelection()?.isCollapsed === false) return;
        const target = event.target as HTMLElement;
        const id = target.closest('mark[data-claim-id]')?.getAttribute('data-claim-id');
        if (id) return onClaimClick(id);
        const suggested = target.closest('span[data-suggestion]');
        if (!suggested || !editor) return;
        // Where the marked words start in the text; the suggestion is the range drawn there.
        const pos = editor.view.posAtDOM(suggested, 0);
        const range = rangeAt(suggestions, posToOffset(pos, editor.state.doc.resolve(pos).index(0)));
        if (range) onSuggestionClick?.(range);
      }}
    >
      <EditorContent editor={editor} />
    </div>
  );
});
