import { readClaimTerms } from '@/lib/domain/claim-matching/claim-terms';
import { compareQuantities, DEFAULT_SIMILARITY_THRESHOLD, scoreSimilarity } from '@/lib/domain/claim-matching/score-similarity';

const similarity = (a: string, b: string) => scoreSimilarity(readClaimTerms(a), readClaimTerms(b));

// Paraphrases a fact-checker would call the same claim.
const SAME_CLAIM: [string, string][] = [
  ['Nine ISIS members were killed in the attack', '9 Islamic State members died in the raid'],
  ['About 40,000 US troops are in Iraq', 'Roughly forty thousand American soldiers are deployed in Iraq'],
  ['Unemployment rose to 4.2% in March', 'In March the unemployment rate climbed to 4.2 per cent'],
  ['The president said inflation fell to 3 percent', 'Inflation dropped to 3%, according to the president'],
  ['22 militants died in the strike, Martin said', 'Twenty-two fighters were killed in the strike, Martin told reporters'],
  ['The US has about 2,500 troops in Iraq', 'There are roughly 2,500 American service members in Iraq'],
];

// Claims that share words or numbers but say different things.
const DIFFERENT_CLAIMS: [string, string][] = [
  ['About 40,000 US troops are in Iraq', 'The unemployment rate rose to 4 percent in March'],
  ['Nine ISIS members were killed in the attack', 'The attack killed two US soldiers'],
  ['Inflation fell to 3 percent', 'Three people were injured in Manchester'],
  ['The ministry employs 9 people', 'Nine ISIS members were killed in the attack'],
  ['The bridge opened in 2014', 'ISIS seized Mosul in 2014'],
];

describe('scoreSimilarity', () => {
  it.each(SAME_CLAIM)('matches paraphrases: "%s" ~ "%s"', (a, b) => {
    const result = similarity(a, b);
    expect(result.score).toBeGreaterThanOrEqual(0.6);
    expect(result.numbers).toBe('same');
  });

  it.each(DIFFERENT_CLAIMS)('keeps different claims apart: "%s" vs "%s"', (a, b) => {
    expect(similarity(a, b).score).toBeLessThan(DEFAULT_SIMILARITY_THRESHOLD);
  });

  it('is symmetric', () => {
    for (const [a, b] of [...SAME_CLAIM, ...DIFFERENT_CLAIMS]) expect(similarity(a, b)).toEqual(similarity(b, a));
  });

  it('scores identical claims 1', () => {
    expect(similarity('Nine ISIS members were killed', 'Nine ISIS members were killed').score).toBe(1);
  });

  it('reports a different number of the same thing, ranked below the same number', () => {
    const same = similarity('About 40,000 US troops are in Iraq', 'About 40,000 US troops are in Iraq');
    const different = similarity('About 40,000 US troops are in Iraq', 'About 60,000 US troops are in Iraq');
    expect(different.numbers).toBe('different');
    expect(different.score).toBeGreaterThanOrEqual(DEFAULT_SIMILARITY_THRESHOLD);
    expect(different.score).toBeLessThan(same.score);
  });

  it('weighs names above ordinary words', () => {
    const sharedName = similarity('Officials in Mosul counted the votes', 'Election staff in Mosul counted slowly');
    const sharedWord = similarity('Officials in Mosul counted the votes', 'Election staff in Basra counted slowly');
    expect(sharedName.score).toBeGreaterThan(sharedWord.score);
  });

  it('scores nothing in common 0', () => {
    expect(similarity('', 'Nine ISIS members were killed').score).toBe(0);
  });
});

describe('compareQuantities', () => {
  const q = (value: number, unit?: string, approximate = false, max?: number) => ({ value, unit, approximate, ...(max === undefined ? {} : { max }) });

  it('lets hedged figures agree within 10% and exact ones only closely', () => {
    expect(compareQuantities([q(40000, 'troop', true)], [q(42000, 'troop')])).toBe('same');
    expect(compareQuantities([q(40000, 'troop')], [q(42000, 'troop')])).toBe('different');
  });

  it('lets a range agree with a figure inside it', () => {
    expect(compareQuantities([q(10, 'troop', true, 15)], [q(12, 'troop')])).toBe('same');
    expect(compareQuantities([q(10, 'troop', true, 15)], [q(30, 'troop')])).toBe('different');
  });

  it('does not compare different units, and years only with years', () => {
    expect(compareQuantities([q(9, 'member')], [q(9, 'troop')])).toBe('none');
    expect(compareQuantities([q(2014, 'year')], [q(2014)])).toBe('none');
    expect(compareQuantities([q(2014, 'year')], [q(2014, 'year')])).toBe('same');
    expect(compareQuantities([q(9)], [q(9, 'member')])).toBe('same');
  });

  it('says none when either side has no quantity', () => {
    expect(compareQuantities([], [q(9)])).toBe('none');
  });
});
