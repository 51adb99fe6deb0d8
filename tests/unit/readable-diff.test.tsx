// Readable history (issue 16): a rewritten statement is shown as the old and the
// new text whole, not as a word diff that interleaves them; a word diff never
// glues two words together. Checked on plain strings (readableDiff) and on what
// the history, the conflict view and "changes since approval" draw (TextDiff).
import { renderToStaticMarkup } from 'react-dom/server';
import { TextDiff } from '@/components/ui/diff-parts';
import { changedShare, readableDiff, shownText, type ReadablePart } from '@/lib/domain/revisions/readable-diff';

// The example: its word diff read "killedJassim inal-Mazrouei theAbu attackAbdul Qader".
const OLD = 'Nine ISIS members were killed in the attack';
const REWRITTEN = 'Nine ISIS members were Jassim al-Mazrouei Abu Abdul Qader';

// Edits that keep most words: shown word by word.
const SMALL_EDITS: [string, string][] = [
  ['Nine ISIS members were killed in the attack', 'Fifteen ISIS members were killed in the attack'],
  ['Nine ISIS members were killed in the attack', 'Nine ISIS fighters were killed in the attack'],
  ['Nine ISIS members were killed in the attack in the Hamrin Mountains', 'Nine ISIS fighters died in the raid in the Hamrin Mountains'],
  ['The JOC statement gives nine dead.', 'The Joint Operations Command statement gives nine dead.'],
  ['About 40,000 US troops are in Iraq.', 'About 2,500 US troops are in Iraq, the Pentagon says.'],
];

/** The text of the markup, as a reader sees it. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
const words = (text: string) => new Set(text.split(/[\s,.]+/).filter(Boolean));
const rebuilt = (parts: ReadablePart[], side: 'before' | 'after') =>
  parts
    .filter((p) => p.type === 'equal' || p.type === (side === 'before' ? 'delete' : 'insert'))
    .map((p) => p.text)
    .join('');

describe('readableDiff', () => {
  it('shows a rewritten statement as the old and the new text whole (the issue example)', () => {
    expect(changedShare(OLD, REWRITTEN)).toBeGreaterThan(0.5);
    expect(readableDiff(OLD, REWRITTEN)).toEqual({ kind: 'blocks', before: OLD, after: REWRITTEN });
  });

  it.each(SMALL_EDITS)('keeps a word diff when most words stay: "%s" -> "%s"', (before, after) => {
    const diff = readableDiff(before, after);
    expect(diff.kind).toBe('words');
  });

  it.each(SMALL_EDITS)('glues no two words together: "%s" -> "%s"', (before, after) => {
    const diff = readableDiff(before, after);
    if (diff.kind !== 'words') throw new Error('expected a word diff');
    const known = new Set([...words(before), ...words(after)]);
    for (const word of words(shownText(diff.parts))) expect(known).toContain(word);
  });

  it.each(SMALL_EDITS)('rebuilds both texts from its parts, gaps left out: "%s" -> "%s"', (before, after) => {
    const diff = readableDiff(before, after);
    if (diff.kind !== 'words') throw new Error('expected a word diff');
    expect(rebuilt(diff.parts, 'before')).toBe(before);
    expect(rebuilt(diff.parts, 'after')).toBe(after);
  });

  it('keeps words changed together in one deletion and one insertion', () => {
    const diff = readableDiff('Nine ISIS members were killed in the attack in the Hamrin Mountains', 'Nine ISIS fighters died in the raid in the Hamrin Mountains');
    if (diff.kind !== 'words') throw new Error('expected a word diff');
    expect(diff.parts.filter((p) => p.type !== 'equal')).toEqual([
      { type: 'delete', text: 'members were killed' },
      { type: 'gap', text: ' ' },
      { type: 'insert', text: 'fighters died' },
      { type: 'delete', text: 'attack' },
      { type: 'gap', text: ' ' },
      { type: 'insert', text: 'raid' },
    ]);
  });

  it('shows a text set from nothing, or emptied, as one insertion or deletion', () => {
    expect(readableDiff('', 'The statement gives nine dead.')).toEqual({ kind: 'words', parts: [{ type: 'insert', text: 'The statement gives nine dead.' }] });
    expect(readableDiff('The statement gives nine dead.', '')).toEqual({ kind: 'words', parts: [{ type: 'delete', text: 'The statement gives nine dead.' }] });
  });

  it('counts nothing changed as 0 and nothing shared as 1', () => {
    expect(changedShare(OLD, OLD)).toBe(0);
    expect(changedShare('', '')).toBe(0);
    expect(changedShare('alpha beta', 'gamma delta')).toBe(1);
  });
});

describe('TextDiff (what the history draws)', () => {
  it('draws the rewritten statement as two blocks, the old struck and the new inserted, never interleaved', () => {
    const html = renderToStaticMarkup(<TextDiff before={OLD} after={REWRITTEN} label="statement change" />);
    expect(textOf(html)).not.toContain('killedJassim');
    expect(html).toContain(`<del>${OLD}</del>`);
    expect(html).toContain(`<ins>${REWRITTEN}</ins>`);
    expect(html).toContain('diff-rewritten');
  });

  it.each(SMALL_EDITS)('draws a word diff with no glued words: "%s" -> "%s"', (before, after) => {
    const shown = textOf(renderToStaticMarkup(<TextDiff before={before} after={after} />));
    const known = new Set([...words(before), ...words(after)]);
    for (const word of words(shown)) expect(known).toContain(word);
  });
});
