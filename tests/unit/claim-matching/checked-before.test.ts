// "Checked before" (issue 16): the claim the issue found ("15 ISIS fighters died
// ... Hamrin") against the sample article's ("Nine ISIS members were killed ...
// Hamrin") is flagged as a different figure of the same count, whichever word
// (fighters, members, operatives, militants) counts it; drafts without a
// verdict are listed apart from real checks.
import { readClaimTerms } from '@/lib/domain/claim-matching/claim-terms';
import { splitChecks } from '@/lib/domain/claim-matching/checked-before';
import { DEFAULT_SIMILARITY_THRESHOLD, scoreSimilarity } from '@/lib/domain/claim-matching/score-similarity';

const similarity = (a: string, b: string) => scoreSimilarity(readClaimTerms(a), readClaimTerms(b));

const FIFTEEN = '15 ISIS fighters died in the attack in the Hamrin Mountains';
const NINE = 'Nine ISIS members were killed in the attack in the Hamrin Mountains';

describe('a different figure of the same count', () => {
  it('flags the issue example: 15 ISIS fighters against nine ISIS members, still listed', () => {
    const result = similarity(FIFTEEN, NINE);
    expect(result.numbers).toBe('different');
    expect(result.score).toBeGreaterThanOrEqual(DEFAULT_SIMILARITY_THRESHOLD);
    expect(result.score).toBeLessThan(similarity(NINE.replace('Nine', '9'), NINE).score);
  });

  it.each(['fighters', 'members', 'operatives', 'militants'])('counts %s as the same thing as fighters and members', (word) => {
    expect(similarity(`15 ISIS ${word} died in the Hamrin Mountains`, NINE).numbers).toBe('different');
    expect(similarity(`9 ISIS ${word} died in the Hamrin Mountains`, NINE).numbers).toBe('same');
    expect(readClaimTerms(`9 ISIS ${word}`).quantities).toEqual([{ value: 9, unit: 'fighter', approximate: false }]);
  });

  it('does not take operations for operatives, though they share a stem', () => {
    expect(readClaimTerms('9 ISIS operations').quantities).toEqual([{ value: 9, unit: 'oper', approximate: false }]);
    expect(similarity('15 ISIS operations in the Hamrin Mountains', NINE).numbers).not.toBe('different');
  });
});

describe('splitChecks', () => {
  it('lists drafts without a verdict apart from real checks, each in the order given', () => {
    const checked = { id: 'a', verdict: { key: 'false' }, status: 'APPROVED' };
    const draft = { id: 'b', verdict: null, status: 'DRAFT' };
    const judgedDraft = { id: 'c', verdict: { key: 'true' }, status: 'DRAFT' };
    const another = { id: 'd', verdict: null, status: 'DRAFT' };
    expect(splitChecks([checked, draft, judgedDraft, another])).toEqual({ checks: [checked, judgedDraft], unchecked: [draft, another] });
    expect(splitChecks([])).toEqual({ checks: [], unchecked: [] });
  });
});
