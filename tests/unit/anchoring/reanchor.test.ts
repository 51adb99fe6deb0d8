import type { ReanchorOutcome } from '@/lib/domain/anchoring/reanchor';
import type { AnchorStatus } from '@/lib/domain/types';
import { MODES, claimOn, offsetOf, reanchorIn } from './reanchor-helpers';

const EMOJI = '\u{1F600}'; // two UTF-16 code units
const P1 = 'The raid took place overnight in the Hamrin Mountains.';
const P2 = 'Nine ISIS members were killed in the attack, officials said.';
const P3 = 'About 40,000 US troops are stationed in the region.';
const BASE = [P1, P2, P3].join('\n');
const edit = (from: string, to: string, text = BASE) => {
  if (!text.includes(from)) throw new Error(`fixture: ${from} not in text`);
  return text.replace(from, to);
};

interface Case {
  name: string;
  oldText: string;
  newText: string;
  quote: string;
  status: AnchorStatus;
  method: ReanchorOutcome['method'];
  /** the new quote; defaults to the old one (or nothing, for ORPHANED) */
  exact?: string;
  /** which occurrence of `exact` in newText it must be at */
  nth?: number;
  reason?: string | RegExp;
}

const cases: Case[] = [
  // Unchanged and moved text: INTACT.
  { name: 'unchanged text', oldText: BASE, newText: BASE, quote: 'were killed in the attack', status: 'INTACT', method: 'position', reason: 'quote found at its old position' },
  {
    name: 'text inserted before the quote',
    oldText: BASE,
    newText: `Breaking news.\n${BASE}`,
    quote: 'were killed in the attack',
    status: 'INTACT',
    method: 'exact',
    reason: 'quote moved 15 characters',
  },
  {
    name: 'text deleted before the quote',
    oldText: BASE,
    newText: edit(`${P1}\n`, ''),
    quote: 'US troops are stationed',
    status: 'INTACT',
    method: 'exact',
    reason: `quote moved ${P1.length + 1} characters`,
  },
  { name: 'moved paragraph', oldText: BASE, newText: [P3, P1, P2].join('\n'), quote: 'US troops are stationed', status: 'INTACT', method: 'exact' },
  { name: 'moved paragraph, quote is the whole paragraph', oldText: BASE, newText: [P2, P3, P1].join('\n'), quote: P1, status: 'INTACT', method: 'exact' },
  // Words changed in the quote: CHANGED, pointed at the new words.
  {
    name: 'typo fixed',
    oldText: edit('took place', 'took plcae'),
    newText: BASE,
    quote: 'The raid took plcae overnight',
    exact: 'The raid took place overnight',
    status: 'CHANGED',
    method: 'fuzzy',
    reason: 'words changed: "plcae" -> "place"',
  },
  {
    name: 'word replaced',
    oldText: BASE,
    newText: edit('overnight', 'on Tuesday'),
    quote: 'took place overnight in the Hamrin Mountains',
    exact: 'took place on Tuesday in the Hamrin Mountains',
    status: 'CHANGED',
    method: 'fuzzy',
    reason: 'words changed: "overnight" -> "on Tuesday"',
  },
  {
    name: 'word added inside the quote',
    oldText: BASE,
    newText: edit('officials said', 'officials later said'),
    quote: 'officials said',
    exact: 'officials later said',
    status: 'CHANGED',
    method: 'fuzzy',
    reason: 'words added: "later"',
  },
  { name: 'words added after the quote: still intact', oldText: BASE, newText: edit('said.', 'said on Monday.'), quote: 'officials said', status: 'INTACT', method: 'position' },
  {
    name: 'paragraph moved and edited',
    oldText: BASE,
    newText: [P1, P3, edit('killed', 'slain', P2)].join('\n'),
    quote: 'members were killed in the attack, officials said',
    exact: 'members were slain in the attack, officials said',
    status: 'CHANGED',
    method: 'fuzzy',
    reason: 'words changed: "killed" -> "slain"',
  },
  // Numbers changed in the quote: CHANGED, never INTACT, never ORPHANED.
  {
    name: 'number word changed',
    oldText: BASE,
    newText: edit('Nine', 'Fifteen'),
    quote: 'Nine ISIS members were killed in the attack',
    exact: 'Fifteen ISIS members were killed in the attack',
    status: 'CHANGED',
    method: 'fuzzy',
    reason: 'number changed: 9 -> 15',
  },
  {
    name: 'digits changed',
    oldText: BASE,
    newText: edit('40,000', '45,000'),
    quote: 'About 40,000 US troops',
    exact: 'About 45,000 US troops',
    status: 'CHANGED',
    method: 'fuzzy',
    reason: 'number changed: 40,000 -> 45,000',
  },
  {
    name: 'digits to a different number word',
    oldText: edit('Nine', '9'),
    newText: edit('Nine', 'Fifteen'),
    quote: '9 ISIS members were killed',
    exact: 'Fifteen ISIS members were killed',
    status: 'CHANGED',
    method: 'fuzzy',
    reason: 'number changed: 9 -> 15',
  },
  { name: 'a quote that is only the number', oldText: BASE, newText: edit('Nine', 'Fifteen'), quote: 'Nine', exact: 'Fifteen', status: 'CHANGED', method: 'fuzzy', reason: 'number changed: 9 -> 15' },
  {
    name: 'a short quote with a number',
    oldText: BASE,
    newText: edit('Nine', 'Twenty-two'),
    quote: 'Nine ISIS members',
    exact: 'Twenty-two ISIS members',
    status: 'CHANGED',
    method: 'fuzzy',
    reason: 'number changed: 9 -> 22',
  },
  {
    name: 'two numbers changed',
    oldText: BASE,
    newText: edit('About 40,000', 'About forty-five thousand'),
    quote: 'About 40,000 US troops are stationed',
    exact: 'About forty-five thousand US troops are stationed',
    status: 'CHANGED',
    method: 'fuzzy',
    reason: 'number changed: 40,000 -> 45,000',
  },
  {
    name: '"9" -> "nine" is the same value, but other words',
    oldText: edit('Nine', '9'),
    newText: edit('Nine', 'nine'),
    quote: '9 ISIS members were killed',
    exact: 'nine ISIS members were killed',
    status: 'CHANGED',
    method: 'fuzzy',
    reason: 'words changed: "9" -> "nine"',
  },
  // Numbers changed next to an intact quote: CHANGED.
  {
    name: 'number before the quote changed',
    oldText: BASE,
    newText: edit('Nine', 'Fifteen'),
    quote: 'ISIS members were killed in the attack',
    status: 'CHANGED',
    method: 'exact',
    reason: 'number next to the quote changed: 9 -> 15',
  },
  {
    name: 'number before the quote changed, same length',
    oldText: BASE,
    newText: edit('Nine', 'Five'),
    quote: 'ISIS members were killed in the attack',
    status: 'CHANGED',
    method: 'position',
    reason: 'number next to the quote changed: 9 -> 5',
  },
  {
    name: 'digits before the quote changed',
    oldText: BASE,
    newText: edit('40,000', '45,000'),
    quote: 'US troops are stationed',
    status: 'CHANGED',
    method: 'position',
    reason: 'number next to the quote changed: 40,000 -> 45,000',
  },
  {
    name: 'number after the quote changed (suffix)',
    oldText: `${BASE}\nThe death toll rose to 12 on Monday.`,
    newText: `${BASE}\nThe death toll rose to 14 on Monday.`,
    quote: 'The death toll rose to',
    status: 'CHANGED',
    method: 'position',
    reason: 'number next to the quote changed: 12 -> 14',
  },
  { name: 'number in the next paragraph changed: not next to the quote', oldText: BASE, newText: edit('Nine', 'Fifteen'), quote: 'Hamrin Mountains', status: 'INTACT', method: 'position' },
  {
    name: 'number next to the quote removed',
    oldText: BASE,
    newText: edit('Nine ISIS', 'ISIS'),
    quote: 'members were killed in the attack',
    status: 'CHANGED',
    method: 'exact',
    reason: 'number next to the quote removed: 9',
  },
  {
    name: 'number next to the quote added',
    oldText: edit('Nine ISIS', 'Several ISIS'),
    newText: edit('Nine ISIS', 'Several ISIS, 15'),
    quote: 'members were killed in the attack',
    status: 'CHANGED',
    method: 'exact',
    reason: 'number next to the quote added: 15',
  },
  {
    name: 'same value next to the quote ("9" -> "nine")',
    oldText: edit('Nine', '9'),
    newText: edit('Nine', 'nine'),
    quote: 'ISIS members were killed in the attack',
    status: 'INTACT',
    method: 'exact',
    reason: 'quote moved 3 characters',
  },
  // Gone: ORPHANED, selector kept.
  {
    name: 'deleted sentence',
    oldText: BASE,
    newText: edit(`\n${P2}`, ''),
    quote: 'Nine ISIS members were killed in the attack',
    status: 'ORPHANED',
    method: 'none',
    reason: 'quote not found in the new text',
  },
  { name: 'deleted sentence, short quote', oldText: BASE, newText: edit(`\n${P2}`, ''), quote: 'officials said', status: 'ORPHANED', method: 'none' },
  {
    name: 'rewritten beyond recognition',
    oldText: BASE,
    newText: edit(P1, 'Nothing happened anywhere that day, a source added.'),
    quote: 'The raid took place overnight',
    status: 'ORPHANED',
    method: 'none',
  },
  { name: 'empty new text', oldText: BASE, newText: '', quote: 'were killed', status: 'ORPHANED', method: 'none', reason: 'the new text is empty' },
  // Unicode: offsets are UTF-16 code units.
  {
    name: 'emoji and curly quotes inserted before',
    oldText: BASE,
    newText: `“Update” ${EMOJI}${EMOJI}\n${BASE}`,
    quote: 'were killed in the attack',
    status: 'INTACT',
    method: 'exact',
    reason: 'quote moved 14 characters',
  },
  {
    name: 'emoji right before a changed quote',
    oldText: `${EMOJI}${P2}`,
    newText: `${EMOJI}${EMOJI}${edit('Nine', 'Fifteen', P2)}`,
    quote: 'Nine ISIS members were killed',
    exact: 'Fifteen ISIS members were killed',
    status: 'CHANGED',
    method: 'fuzzy',
  },
  {
    name: 'emoji inside the quote',
    oldText: `${EMOJI} ${P2} “${EMOJI} Rockets hit the base.”`,
    newText: `${EMOJI}${EMOJI} ${P2} “${EMOJI} Rockets hit the base.”`,
    quote: `“${EMOJI} Rockets hit`,
    status: 'INTACT',
    method: 'exact',
  },
  {
    name: 'curly quotes in a changed quote',
    oldText: '“We remain focused,” he said.',
    newText: '“We remain very focused,” he said.',
    quote: '“We remain focused,”',
    exact: '“We remain very focused,”',
    status: 'CHANGED',
    method: 'fuzzy',
  },
  // Edges of the text.
  { name: 'whole-text quote, unchanged', oldText: P2, newText: P2, quote: P2, status: 'INTACT', method: 'position' },
  { name: 'whole-text quote, changed', oldText: P2, newText: edit('officials', 'a spokesman', P2), quote: P2, exact: edit('officials', 'a spokesman', P2), status: 'CHANGED', method: 'fuzzy' },
  { name: 'quote at the very start, text added at the end', oldText: BASE, newText: `${BASE}\nMore later.`, quote: 'The raid', status: 'INTACT', method: 'position' },
  { name: 'quote at the very start, title added before', oldText: BASE, newText: `CNN\n${BASE}`, quote: 'The raid took place', status: 'INTACT', method: 'exact' },
  { name: 'quote at the very end, text added before', oldText: BASE, newText: `CNN\n${BASE}`, quote: 'in the region.', status: 'INTACT', method: 'exact' },
  {
    name: 'quote at the very start, changed',
    oldText: BASE,
    newText: edit('The raid took', 'The operation took'),
    quote: 'The raid took place',
    exact: 'The operation took place',
    status: 'CHANGED',
    method: 'fuzzy',
  },
  {
    name: 'quote at the very end, changed',
    oldText: BASE,
    newText: edit('the region.', 'the area.'),
    quote: 'stationed in the region.',
    exact: 'stationed in the area.',
    status: 'CHANGED',
    method: 'fuzzy',
  },
];

describe.each(MODES)('reanchorClaims (%s)', (mode) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const claim = claimOn(c.oldText, c.quote);
    const [outcome] = reanchorIn(mode, c.oldText, c.newText, [claim]);
    expect([outcome.anchorStatus, outcome.method]).toEqual([c.status, c.method]);
    if (c.status !== 'ORPHANED') {
      const exact = c.exact ?? c.quote;
      expect(outcome.selector.exact).toBe(exact);
      expect(outcome.selector.start).toBe(offsetOf(c.newText, exact, c.nth ?? 0));
    }
    if (c.reason instanceof RegExp) expect(outcome.reason).toMatch(c.reason);
    else if (c.reason) expect(outcome.reason).toBe(c.reason);
  });

  it('re-anchors many claims at once and answers in input order', () => {
    const newText = `Breaking.\n${[P3, P1, edit('Nine', 'Fifteen', P2)].join('\n')}`;
    const claims = [claimOn(BASE, 'About 40,000 US troops'), claimOn(BASE, 'Nine ISIS members'), claimOn(BASE, 'Hamrin Mountains'), claimOn(BASE, 'officials said')];
    const outcomes = reanchorIn(mode, BASE, newText, claims);
    expect(outcomes.map((o) => [o.anchorStatus, o.selector.exact])).toEqual([
      ['INTACT', 'About 40,000 US troops'],
      ['CHANGED', 'Fifteen ISIS members'],
      ['INTACT', 'Hamrin Mountains'],
      ['INTACT', 'officials said'],
    ]);
  });

  it('does not let another copy of a repeated quote that slid into the old offset take the claim', () => {
    const oldText = 'In the north, nine were killed. In the south, two were killed.';
    const claim = claimOn(oldText, 'were killed', 1);
    const shift = claim.selector.start - oldText.indexOf('were killed');
    const newText = `${'x'.repeat(shift - 1)}\n${oldText}`; // copy 0 now sits where copy 1 was
    expect(newText.indexOf('were killed')).toBe(claim.selector.start);
    const [outcome] = reanchorIn(mode, oldText, newText, [claim]);
    expect([outcome.anchorStatus, outcome.method]).toEqual(['INTACT', 'exact']);
    expect(outcome.selector.start).toBe(offsetOf(newText, 'were killed', 1));
  });

  it('finds an orphan from an older revision again when its words come back', () => {
    const v1 = BASE;
    const v2 = edit(`\n${P2}`, ''); // the sentence was deleted: the claim was orphaned on v1
    const v3 = `${v2}\n${edit('officials', 'a spokesman', P2)}`; // and now it is back, edited
    const claim = claimOn(v1, 'Nine ISIS members were killed in the attack, officials said');
    const [outcome] = reanchorIn(mode, v2, v3, [claim]);
    expect([outcome.anchorStatus, outcome.selector.exact]).toEqual(['CHANGED', 'Nine ISIS members were killed in the attack, a spokesman said']);
  });

  it('orphans a claim whose stored quote is blank instead of matching anything', () => {
    const blank = { id: 'blank', selector: { exact: '  ', prefix: '', suffix: '', start: 0, end: 2 } };
    const [outcome] = reanchorIn(mode, BASE, BASE, [blank]);
    expect([outcome.anchorStatus, outcome.reason]).toEqual(['ORPHANED', 'the stored quote is empty']);
  });

  it('returns nothing for no claims', () => {
    expect(reanchorIn(mode, BASE, BASE, [])).toEqual([]);
  });
});
