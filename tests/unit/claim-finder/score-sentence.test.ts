import { scoreSentence } from '@/lib/domain/claim-finder/score-sentence';

describe('scoreSentence', () => {
  it('explains a casualty count with its source', () => {
    const r = scoreSentence('Nine ISIS members were killed in the attack, according to a statement from the Iraqi Joint Operations Command.');
    expect(r.reasons).toEqual(expect.arrayContaining(['count: Nine members', 'event: "killed"', 'attribution: "according to"', 'named organisation: ISIS']));
    expect(r.score).toBeGreaterThanOrEqual(0.8);
    expect(r.quantities[0]).toMatchObject({ value: 9, unit: 'members' });
  });

  it('names organisations and trends', () => {
    const r = scoreSentence('The raid is the latest U.S. operation against ISIS since CENTCOM announced airstrikes in Syria.');
    expect(r.reasons).toEqual(expect.arrayContaining(['comparison/trend: "the latest"', 'named organisation: CENTCOM', 'named organisation: U.S.']));
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
