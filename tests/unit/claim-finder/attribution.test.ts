// Who made a claim, read from the attribution in its sentence (issue 15): the
// sample article's own sentences, the forms a wire story uses, what is not a
// claimant, and input built to make a regex backtrack.
import { claimantAround, suggestClaimant } from '@/lib/domain/claim-finder/attribution';
import { splitSentences } from '@/lib/domain/claim-finder/sentences';
import { ARTICLE_TEXT, locate } from '../fixture-article';
import { withinMs } from '../within-time';

const person = (name: string) => ({ name, type: 'Person' });
const organization = (name: string) => ({ name, type: 'Organization' });

describe('suggestClaimant', () => {
  // Every sentence of the demo article that names who says something, and what it names.
  it.each([
    ['A joint U.S.-Iraq raid overnight killed “multiple ISIS operatives” and wounded two U.S. service members in Iraq, a Pentagon spokesman said.', organization('Pentagon')],
    ['“Both individuals are being treated for their injuries and are understood to be in stable condition,” Pentagon spokesman Maj. Gen. Patrick Ryder said at a briefing.', person('Patrick Ryder')],
    ['“Overnight, CENTCOM and Iraqi security forces conducted joint raids in Iraq targeting several ISIS leaders,” Ryder said.', person('Ryder')],
    [
      'Nine ISIS members were killed in the attack, including “a so-called criminal named Jassim al-Mazrouei Abu Abdul Qader, governor of Iraq’s Wali province, and other frontline leaders,” according to a statement from the Iraqi Joint Operations Command.',
      organization('Iraqi Joint Operations Command'),
    ],
    ['Ryder also said the department is still conducting a “post-mission analysis” of the nighttime attack and will share more information afterwards.', person('Ryder')],
    [
      'Iraq’s Foreign Ministry said in a statement: “We were very close to announcing this agreement, but due to recent developments, the announcement of the end of the United Nations military mission in Iraq has been postponed.”',
      organization('Iraq’s Foreign Ministry'),
    ],
    ['“We are committed to the lasting defeat of ISIS because it is a regional and global threat,” CENTCOM commander Gen. Eric Kurilla said in April.', person('Eric Kurilla')],
    ['Earlier this month, the head of Britain’s internal security agency MI5 said ISIS, along with al-Qaeda, represented a “resurgent” threat.', organization('MI5')],
    ['MI5 director general Ken McCallum said in a speech in London: “After years of being held captive, they have resumed their efforts to export terrorism.”', person('Ken McCallum')],
  ])('reads the sample article: %s', (sentence, expected) => {
    expect(ARTICLE_TEXT).toContain(sentence);
    expect(suggestClaimant(sentence)).toEqual(expected);
  });

  it.each([
    ['Nine were killed, said Maj. Gen. Pat Ryder, a Pentagon spokesman.', person('Pat Ryder')],
    ['“Nine were killed,” said Ryder.', person('Ryder')],
    ['Nine were killed, the Pentagon said.', organization('Pentagon')],
    ['The Pentagon said nine were killed.', organization('Pentagon')],
    ['And the Pentagon says nine were killed.', organization('Pentagon')],
    ['Nine were killed, according to CENTCOM.', organization('CENTCOM')],
    ['Nine were killed, according to Ryder.', person('Ryder')],
    ['Nine were killed, according to a spokesman for the Iraqi Joint Operations Command.', organization('Iraqi Joint Operations Command')],
    ['Defense Secretary Lloyd Austin told reporters nine were killed.', person('Lloyd Austin')],
    ['Nine were killed, a CENTCOM official said.', organization('CENTCOM')],
    ['Nine were killed, Iraqi security officials said.', null],
  ])('reads %s', (sentence, expected) => {
    expect(suggestClaimant(sentence)).toEqual(expected);
  });

  it.each([
    ['The statement said DNA tests are still being conducted to identify other ISIS members killed in the attack.'],
    ['The riders did not say how they were injured or where they received treatment.'],
    ['He said nine were killed.'],
    ['The President said nine were killed.'],
    ['Nine ISIS members were killed in the attack.'],
    ['The raid is the latest U.S. operation against ISIS since CENTCOM announced airstrikes.'],
    ['Nine were killed, said Tuesday’s report.'],
    ['“Nine were killed,” said the statement.'],
    [''],
  ])('names nobody in %p', (sentence) => {
    expect(suggestClaimant(sentence)).toBeNull();
  });

  it('takes no listener for the speaker ("told Ryder")', () => {
    expect(suggestClaimant('Nine were killed, the army told Ryder.')).toBeNull();
    expect(suggestClaimant('The Pentagon told Ryder nine were killed.')).toEqual(organization('Pentagon'));
  });

  it('never suggests a name the API would refuse (over 300 characters)', () => {
    expect(suggestClaimant(`${'A'.repeat(400)} said nine were killed.`)).toBeNull();
  });

  it('reads every sentence of the sample article without failing, and names someone in the attributed ones', () => {
    const named = splitSentences(ARTICLE_TEXT).filter((s) => suggestClaimant(s.text) !== null);
    expect(named.length).toBeGreaterThanOrEqual(9);
  });

  // Each is 100 KB built to make a backtracking regex retry from every position.
  it.each([
    ['capitalised words before "said"', 'Aa '.repeat(34_000) + 'said'],
    ['one capitalised word of 100,000 letters', 'A' + 'a'.repeat(100_000) + ' said'],
    ['"said" 25,000 times', 'said '.repeat(20_000)],
    ['"according to" with no name', 'according to '.repeat(8_000)],
    ['titles without a name', 'Maj. Gen. '.repeat(10_000) + 'said'],
    ['commas and capitals', 'A, '.repeat(34_000) + 'said A'],
    ['apostrophes and dots', "A'.".repeat(34_000) + ' said'],
    ['a word of 100,000 full stops', '.'.repeat(100_000) + 'a said'],
    ['a name word of 100,000 full stops', 'said, A' + '.'.repeat(100_000) + 'a'],
  ])('answers at once on %s', (_name, sentence) => {
    expect(sentence.length).toBeGreaterThanOrEqual(99_000);
    withinMs(500, () => suggestClaimant(sentence));
  });
});

describe('claimantAround', () => {
  it("reads the sentence a claim's words are in, even when they are only part of it", () => {
    expect(claimantAround(ARTICLE_TEXT, locate('Nine ISIS members were killed in the attack'))).toEqual(organization('Iraqi Joint Operations Command'));
    expect(claimantAround(ARTICLE_TEXT, locate('wounded two U.S. service members in Iraq'))).toEqual(organization('Pentagon'));
  });

  it('has nothing to say for words outside the text or a sentence without attribution', () => {
    expect(claimantAround(ARTICLE_TEXT, { start: ARTICLE_TEXT.length + 10, end: ARTICLE_TEXT.length + 20 })).toBeNull();
    expect(claimantAround(ARTICLE_TEXT, locate('Since this statement, tensions in the region have only increased.'))).toBeNull();
  });

  it('looks at a bounded stretch of a long line', () => {
    const text = 'Aa '.repeat(300_000) + 'Nine were killed, Ryder said.';
    const range = locate('Nine were killed', text);
    expect(withinMs(500, () => claimantAround(text, range))).toEqual(person('Ryder'));
  });
});
