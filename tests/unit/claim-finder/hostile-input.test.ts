// Inputs that made the claim finder and matcher super-linear: end-anchored
// regexes run on ever longer prefixes, or a greedy run backtracked from every
// position. Each fixed case takes well under 200 ms; the broken code took from
// seconds to minutes, so a 2 s bound tells them apart without flaking.
import { readQuantities } from '@/lib/domain/claim-finder/quantities';
import { splitSentences } from '@/lib/domain/claim-finder/sentences';
import { suggestClaims } from '@/lib/domain/claim-finder/suggest-claims';
import { readClaimTerms } from '@/lib/domain/claim-matching/claim-terms';
import { withinMs } from '../within-time';

const fast = <T>(work: () => T): T => withinMs(2_000, work);

describe('claim finder on hostile input', () => {
  it('splits one line of "*! " x 64,000 into one sentence (21 s for suggestions before)', () => {
    const text = '*! '.repeat(64_000);
    const sentences = fast(() => splitSentences(text));
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(sentences.map((s) => s.text));
    expect(sentences.map((s) => s.text).join(' ')).toBe(text.trim());
    expect(fast(() => suggestClaims(text))).toEqual([]);
  });

  it('cuts a long line into the same sentences as before, window boundaries notwithstanding', () => {
    const sentence = 'Maj. Gen. Ryder said 9 were killed in the attack on Tuesday. ';
    const text = sentence.repeat(500);
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(500);
    expect(new Set(sentences.map((s) => s.text))).toEqual(new Set([sentence.trim()]));
  });

  it('still joins a title to the name after it', () => {
    expect(splitSentences('Maj. Gen. Patrick Ryder said nine were killed. Then more.').map((s) => s.text)).toEqual(['Maj. Gen. Patrick Ryder said nine were killed.', 'Then more.']);
  });

  it('reads 80,000 numbers in one sentence, the range after "between" included', () => {
    const quantities = fast(() => readQuantities('1 '.repeat(80_000) + 'between 3 and 5 troops'));
    expect(quantities).toHaveLength(80_001);
    expect(quantities[80_000]).toMatchObject({ value: 3, max: 5, unit: 'troops', approximate: true });
  });

  it('reads the unit after a number even when the next word is a long run of dots', () => {
    const sentence = '7 a' + '.'.repeat(80_000) + '-';
    expect(fast(() => readQuantities(sentence))[0]).toMatchObject({ value: 7, unit: `a${'.'.repeat(80_000)}-` });
  });

  it('reduces a claim of 60,000 capitalised words in linear time', () => {
    const terms = fast(() => readClaimTerms('Aa '.repeat(60_000) + '. Bb'));
    expect(terms.entities).toEqual(expect.arrayContaining(['aa']));
  });
});
