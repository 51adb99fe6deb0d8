// Re-anchoring on the sample article (prisma/seed-data) and an edited copy of it.
import type { ReanchorOutcome } from '@/lib/domain/anchoring/reanchor';
import type { AnchorStatus } from '@/lib/domain/types';
import { ARTICLE_TEXT } from '../fixture-article';
import { MODES, claimOn, offsetOf, reanchorIn } from './reanchor-helpers';

function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`fixture: ${JSON.stringify(from)} must occur once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

const lines = ARTICLE_TEXT.split('\n');
const lineStarting = (start: string) => {
  const found = lines.find((l) => l.startsWith(start));
  if (!found) throw new Error(`fixture: no line starts with ${start}`);
  return found;
};

/** An editor's new revision: a number changed, a paragraph moved, a sentence deleted, a mistranslation fixed. */
function editedArticle(): string {
  let text = ARTICLE_TEXT;
  text = replaceOnce(text, 'Nine ISIS members', 'Fifteen ISIS members');
  text = replaceOnce(text, 'about 40,000 US troops', 'about 45,000 US troops');
  text = replaceOnce(text, 'The riders did not say', 'Ryder did not say');
  text = replaceOnce(
    text,
    ' Israel has escalated its war with Hezbollah in Lebanon, while continuing its war with Hamas in Gaza and pledging to respond to Iran for missile attacks against Israel.',
    '',
  );
  const moved = lineStarting('The raid is the latest U.S. operation');
  text = replaceOnce(text, `${moved}\n`, '');
  return replaceOnce(text, 'This article has been updated', `${moved}\nThis article has been updated`);
}

describe.each(MODES)('re-anchoring the sample article (%s)', (mode) => {
  it('leaves every claim in place when the text is unchanged', () => {
    const claims = ['CNN', 'killed in the attack', 'about 40,000 US troops', 'contributed reporting.'].map((q) => claimOn(ARTICLE_TEXT, q));
    const outcomes = reanchorIn(mode, ARTICLE_TEXT, ARTICLE_TEXT, claims);
    for (const o of outcomes) expect([o.anchorStatus, o.method, o.reason]).toEqual(['INTACT', 'position', 'quote found at its old position']);
  });

  it('tells repeated quotes apart by their context when the text shifts', () => {
    const newText = `Editor’s note: this story was updated.\n${ARTICLE_TEXT}`;
    const claims = [0, 1, 2].map((nth) => claimOn(ARTICLE_TEXT, 'killed in the attack', nth));
    claims.push(claimOn(ARTICLE_TEXT, 'were killed in the attack', 0), claimOn(ARTICLE_TEXT, 'were killed in the attack', 1));
    const outcomes = reanchorIn(mode, ARTICLE_TEXT, newText, claims);
    const expected = [
      ['killed in the attack', 0],
      ['killed in the attack', 1],
      ['killed in the attack', 2],
      ['were killed in the attack', 0],
      ['were killed in the attack', 1],
    ] as const;
    outcomes.forEach((o, i) => {
      expect([o.anchorStatus, o.method]).toEqual(['INTACT', 'exact']);
      expect(o.selector.start).toBe(offsetOf(newText, expected[i][0], expected[i][1]));
    });
  });

  it('follows each occurrence of a repeated quote when paragraphs are reordered', () => {
    // The third "killed in the attack" (DNA tests) moves above the first two.
    const dna = lineStarting('The statement said DNA tests');
    const newText = replaceOnce(replaceOnce(ARTICLE_TEXT, `${dna}\n`, ''), 'The riders', `${dna}\nThe riders`);
    const claims = [0, 1, 2].map((nth) => claimOn(ARTICLE_TEXT, 'killed in the attack', nth));
    const outcomes = reanchorIn(mode, ARTICLE_TEXT, newText, claims);
    expect(outcomes.map((o) => o.anchorStatus)).toEqual(['INTACT', 'INTACT', 'INTACT']);
    expect(outcomes.map((o) => o.selector.start)).toEqual([1, 2, 0].map((nth) => offsetOf(newText, 'killed in the attack', nth)));
    expect(outcomes[2].selector.prefix).toContain('other ISIS members');
  });

  it('orphans the occurrence whose sentence was deleted instead of moving it onto another', () => {
    const nine = lineStarting('Nine ISIS members');
    const newText = replaceOnce(ARTICLE_TEXT, `${nine}\n`, '');
    const claims = [claimOn(ARTICLE_TEXT, 'were killed in the attack', 0), claimOn(ARTICLE_TEXT, 'were killed in the attack', 1)];
    const outcomes = reanchorIn(mode, ARTICLE_TEXT, newText, claims);
    expect(outcomes.map((o) => o.anchorStatus)).toEqual(['INTACT', 'ORPHANED']);
    expect(outcomes[0].selector.start).toBe(offsetOf(newText, 'were killed in the attack'));
  });

  describe('an edited revision', () => {
    const newText = editedArticle();
    type Row = [quote: string, nth: number, status: AnchorStatus, method: ReanchorOutcome['method'], exact: string | null, reason?: string | RegExp];
    const rows: Row[] = [
      ['CNN', 0, 'INTACT', 'position', 'CNN', 'quote found at its old position'],
      ['Pentagon spokesman Maj. Gen. Patrick Ryder said at a briefing', 0, 'INTACT', 'position', 'Pentagon spokesman Maj. Gen. Patrick Ryder said at a briefing'],
      ['The riders did not say how they were injured', 0, 'CHANGED', 'fuzzy', 'Ryder did not say how they were injured', 'words changed: "The riders" -> "Ryder"'],
      ['Several ISIS operatives were killed in the attack', 0, 'INTACT', 'exact', 'Several ISIS operatives were killed in the attack', /^quote moved \d+ characters$/],
      ['Nine ISIS members were killed in the attack', 0, 'CHANGED', 'fuzzy', 'Fifteen ISIS members were killed in the attack', 'number changed: 9 -> 15'],
      ['Nine', 0, 'CHANGED', 'fuzzy', 'Fifteen', 'number changed: 9 -> 15'],
      ['ISIS members were killed in the attack', 0, 'CHANGED', 'exact', 'ISIS members were killed in the attack', 'number next to the quote changed: 9 -> 15'],
      ['killed in the attack', 2, 'INTACT', 'exact', 'killed in the attack'],
      ['The raid is the latest U.S. operation against ISIS', 0, 'INTACT', 'exact', 'The raid is the latest U.S. operation against ISIS'],
      ['airstrikes against multiple known ISIS camps in Syria', 0, 'INTACT', 'exact', 'airstrikes against multiple known ISIS camps in Syria'],
      ['Israel has escalated its war with Hezbollah in Lebanon', 0, 'ORPHANED', 'none', null, 'quote not found in the new text'],
      ['pledging to respond to Iran for missile attacks', 0, 'ORPHANED', 'none', null],
      ['Since this statement, tensions in the region have only increased.', 0, 'INTACT', 'exact', 'Since this statement, tensions in the region have only increased.'],
      ['about 40,000 US troops stationed in the region', 0, 'CHANGED', 'fuzzy', 'about 45,000 US troops stationed in the region', 'number changed: 40,000 -> 45,000'],
      ['US troops stationed in the region', 0, 'CHANGED', 'exact', 'US troops stationed in the region', 'number next to the quote changed: 40,000 -> 45,000'],
      ['MI5 director general Ken McCallum', 0, 'INTACT', 'exact', 'MI5 director general Ken McCallum'],
      ['CNN’s Mohammed Tawfeeq contributed reporting.', 0, 'INTACT', 'exact', 'CNN’s Mohammed Tawfeeq contributed reporting.'],
    ];
    const claims = rows.map(([quote, nth]) => claimOn(ARTICLE_TEXT, quote, nth));
    const outcomes = reanchorIn(mode, ARTICLE_TEXT, newText, claims);

    it.each(rows.map((row, i) => [row[0], i] as const))('%s', (_quote, i) => {
      const [, , status, method, exact, reason] = rows[i];
      const outcome = outcomes[i];
      expect([outcome.anchorStatus, outcome.method]).toEqual([status, method]);
      if (exact !== null) {
        expect(outcome.selector.exact).toBe(exact);
        expect(newText.slice(outcome.selector.start, outcome.selector.end)).toBe(exact);
      }
      if (reason instanceof RegExp) expect(outcome.reason).toMatch(reason);
      else if (reason) expect(outcome.reason).toBe(reason);
    });
  });
});
