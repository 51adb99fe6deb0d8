import { scoreSentence } from '@/lib/domain/claim-finder/score-sentence';
import { splitSentences } from '@/lib/domain/claim-finder/sentences';
import { ARTICLE_TEXT } from '../fixture-article';

describe('scoreSentence', () => {
  it('explains a casualty count with its source', () => {
    const r = scoreSentence('Nine ISIS members were killed in the attack, according to a statement from the Iraqi Joint Operations Command.');
    expect(r.reasons).toEqual(expect.arrayContaining(['count: Nine members', 'event: "killed"', 'attribution: "according to"', 'named organisation: ISIS']));
    expect(r.score).toBeGreaterThanOrEqual(0.8);
    expect(r.quantities[0]).toMatchObject({ value: 9, unit: 'members' });
  });

  it('names organisations, places and trends', () => {
    const r = scoreSentence('The raid is the latest U.S. operation against ISIS since CENTCOM announced airstrikes in Syria.');
    expect(r.reasons).toEqual(expect.arrayContaining(['comparison/trend: "the latest"', 'named organisation: CENTCOM', 'named place: U.S.', 'named place: Syria']));
  });

  it('reads approximate troop counts', () => {
    const r = scoreSentence('The Pentagon has about 40,000 US troops stationed in the region as of August.');
    expect(r.reasons).toContain('count: 40,000 troops');
    expect(r.quantities[0].approximate).toBe(true);
  });

  it.each([
    ['CNN’s Mohammed Tawfeeq contributed reporting.', 'not a claim: credit line'],
    ['This article has been updated with additional reporting.', 'not a claim: update notice'],
    ['CNN', 'not a claim: too short (dateline or outlet line)'],
    ['—', 'not a claim: too short (dateline or outlet line)'],
  ])('scores boilerplate %p as 0', (sentence, reason) => {
    expect(scoreSentence(sentence)).toEqual({ score: 0, reasons: [reason], quantities: [] });
  });

  it('lowers predictions, opinions, questions and non-statements', () => {
    const fact = scoreSentence('The army said it destroyed 12 tanks in Kharkiv.').score;
    expect(scoreSentence('The army said it will destroy 12 tanks in Kharkiv.').score).toBeLessThan(fact);
    expect(scoreSentence('Did the army destroy 12 tanks in Kharkiv?').score).toBeLessThan(0.4);
    expect(scoreSentence('We believe the army should act in Kharkiv.').reasons).toContain('opinion: "believe"');
    expect(scoreSentence('The riders did not say how they were injured.').score).toBe(0);
  });

  it('stays within 0..1 and is deterministic', () => {
    const s = 'About 40,000 troops and $5 million, up 12%, killed 9 people in 2021, the latest record, Ryder said in Iraq.';
    const a = scoreSentence(s);
    expect(a.score).toBeLessThanOrEqual(1);
    expect(scoreSentence(s)).toEqual(a);
  });
});

// Issue 16: "named organisation: DNA", "named name: August", "named name: Qaeda" on the
// sample article. A chip names an entity only when the finder is sure what it is.
describe('entity chips', () => {
  const chips = (sentence: string) => scoreSentence(sentence).reasons.filter((r) => r.startsWith('named '));
  const sentenceWith = (words: string) => splitSentences(ARTICLE_TEXT).find((s) => s.text.includes(words))!.text;

  it('does not call DNA (tests) an organisation', () => {
    expect(chips(sentenceWith('DNA tests')).join(' | ')).not.toMatch(/DNA/);
  });

  it('does not take a month for a name, even before the full stop', () => {
    expect(chips(sentenceWith('as of August.')).join(' | ')).not.toMatch(/August/);
    expect(chips('The ministry said 40 troops were deployed in August.')).toEqual([]);
  });

  it('reads al-Qaeda whole, as an organisation', () => {
    const found = chips(sentenceWith('al-Qaeda'));
    expect(found).toContain('named organisation: al-Qaeda');
    expect(found.join(' | ')).not.toMatch(/: Qaeda/);
  });

  it('never labels a chip "named name" on any sentence of the sample article', () => {
    const labels = splitSentences(ARTICLE_TEXT).flatMap((s) => chips(s.text));
    expect(labels.filter((label) => /^named name:/.test(label))).toEqual([]);
    expect(labels.every((label) => /^named (?:organisation|person|place): /.test(label))).toBe(true);
  });
});
