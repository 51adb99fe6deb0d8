import { getSchema } from '@tiptap/core';
import Document from '@tiptap/extension-document';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import { buildDocument } from '@/lib/editor/build-document';
import { ClaimHighlight } from '@/lib/editor/claim-highlight';
import { ClaimSuggestion } from '@/lib/editor/claim-suggestion';
import { UNRATED_COLOR } from '@/lib/domain/verdicts';

const extensions = [Document, Paragraph, Text, ClaimHighlight, ClaimSuggestion];
const text = 'Nine ISIS members were killed in the attack.\nThe raid was overnight.';

function marks(doc: ReturnType<typeof buildDocument>) {
  return (doc.content ?? []).flatMap((p, line) =>
    (p.content ?? []).map((node) => ({ line, text: node.text, claimId: node.marks?.[0]?.attrs?.claimId ?? null, claimIds: node.marks?.[0]?.attrs?.claimIds ?? null })),
  );
}

describe('buildDocument', () => {
  it('makes one paragraph per line and keeps the text intact', () => {
    const doc = buildDocument(text, []);
    expect(doc.content).toHaveLength(2);
    expect(
      marks(doc)
        .map((n) => n.text)
        .join('\n'),
    ).toBe(text);
  });

  it('splits a claim that crosses a line break into one mark per paragraph', () => {
    const start = text.indexOf('the attack');
    const end = text.indexOf(' was');
    const doc = buildDocument(text, [{ id: 'a', start, end, color: '#cf222e' }]);
    expect(
      marks(doc)
        .filter((n) => n.claimId === 'a')
        .map((n) => [n.line, n.text]),
    ).toEqual([
      [0, 'the attack.'],
      [1, 'The raid'],
    ]);
  });

  it('gives a segment covered by nested claims to the innermost one, listing both', () => {
    const outer = { id: 'outer', start: 0, end: 44, color: null };
    const inner = { id: 'inner', start: 0, end: 17, color: '#1a7f37' };
    const nodes = marks(buildDocument(text, [outer, inner]));
    expect(nodes[0]).toEqual({ line: 0, text: 'Nine ISIS members', claimId: 'inner', claimIds: 'outer inner' });
    expect(nodes[1]).toEqual({ line: 0, text: ' were killed in the attack.', claimId: 'outer', claimIds: 'outer' });
  });

  it('renders through the claim highlight mark with colour, depth and the active flag', () => {
    // The schema's own toDOM output (a DOM spec as plain data), so no browser DOM is needed.
    const schema = getSchema(extensions);
    const doc = schema.nodeFromJSON(buildDocument(text, [{ id: 'c1', start: 0, end: 4, color: null }], 'c1'));
    const first = doc.firstChild!.firstChild!;
    expect(first.text).toBe('Nine');
    const [tag, attrs] = schema.marks.claimHighlight.spec.toDOM!(first.marks[0], true) as [string, Record<string, string>];
    expect(tag).toBe('mark');
    expect(attrs).toMatchObject({ 'data-claim-id': 'c1', 'data-claim-ids': 'c1', 'data-depth': '1', style: `--claim-color: ${UNRATED_COLOR}` });
    expect(attrs.class).toContain('claim-highlight');
    expect(attrs.class).toContain('is-active');
  });

  it('marks suggested sentences with the subtler suggestion mark, beside claim highlights', () => {
    const nine = { start: 0, end: 44 };
    const doc = buildDocument(text, [{ id: 'c1', start: 0, end: 4, color: null }], null, [nine]);
    const nodes = (doc.content ?? [])[0].content ?? [];
    expect(nodes.map((n) => [n.text, (n.marks ?? []).map((m) => m.type)])).toEqual([
      ['Nine', ['claimHighlight', 'claimSuggestion']],
      [' ISIS members were killed in the attack.', ['claimSuggestion']],
    ]);
    expect(nodes[1].marks![0].attrs).toEqual({ range: '0:44' });
    // The text is untouched, and the second line carries no mark.
    expect(doc.content!.map((p) => (p.content ?? []).map((n) => n.text).join('')).join('\n')).toBe(text);
    expect(doc.content![1].content![0].marks).toBeUndefined();

    const schema = getSchema(extensions);
    const node = schema.nodeFromJSON(doc).firstChild!.child(1);
    const [tag, attrs] = schema.marks.claimSuggestion.spec.toDOM!(node.marks[0], true) as [string, Record<string, string>];
    expect(tag).toBe('span');
    expect(attrs).toMatchObject({ class: 'claim-suggestion', 'data-suggestion': '0:44' });
  });
});

describe('review status on the highlight', () => {
  it('marks an approved claim so it is drawn solid, and any other claim (a draft, one in review) so it is hatched', () => {
    const text = 'Nine ISIS members were killed in the attack.';
    const attrs = (approved?: boolean) => {
      const doc = buildDocument(text, [{ id: 'a', start: 0, end: 4, color: '#1a7f37', approved }]);
      return doc.content![0].content![0].marks![0].attrs;
    };
    expect(attrs(true)).toMatchObject({ claimId: 'a', approved: true });
    expect(attrs(false)).toMatchObject({ approved: false });
    expect(attrs(undefined)).toMatchObject({ approved: false });
  });
});
