// What Accept on a suggestion takes (issue 16: "A suggestion is accepted as a
// whole sentence, with no way to trim it to 'about 40,000 US troops'"): the
// words the reader selected inside its sentence, trimmed of white space, else
// the whole sentence. Always a valid selector on the text.
import { wordsToAccept } from '@/lib/domain/claim-finder/accept-words';
import { checkSelector } from '@/lib/domain/anchoring/selector';
import { suggestClaims } from '@/lib/domain/claim-finder/suggest-claims';
import { ARTICLE_TEXT, locate } from '../fixture-article';

const TROOPS = 'about 40,000 US troops';
const sentence = suggestClaims(ARTICLE_TEXT).find((s) => s.selector.exact.includes(TROOPS))!.selector;
const whole = { start: sentence.start, end: sentence.end, exact: sentence.exact, partial: false };

describe('wordsToAccept', () => {
  it('takes the selected words inside the sentence, and says it took part of it', () => {
    const troops = locate(TROOPS);
    expect(wordsToAccept(ARTICLE_TEXT, sentence, troops)).toEqual({ ...troops, exact: TROOPS, partial: true });
  });

  it('trims the white space a careless selection takes along, and reads a backwards selection', () => {
    const { start, end } = locate(` ${TROOPS} `);
    expect(wordsToAccept(ARTICLE_TEXT, sentence, { start, end })).toEqual({ start: start + 1, end: end - 1, exact: TROOPS, partial: true });
    expect(wordsToAccept(ARTICLE_TEXT, sentence, { start: end, end: start })).toMatchObject({ exact: TROOPS, partial: true });
  });

  it('takes the whole sentence without a selection, or with one of blanks only', () => {
    expect(wordsToAccept(ARTICLE_TEXT, sentence, null)).toEqual(whole);
    const blank = locate(' about');
    expect(wordsToAccept(ARTICLE_TEXT, sentence, { start: blank.start, end: blank.start + 1 })).toEqual(whole);
    expect(wordsToAccept(ARTICLE_TEXT, sentence, { start: blank.start, end: blank.start })).toEqual(whole);
  });

  it('takes the whole sentence when the selection is the sentence (clicking its entry selects it)', () => {
    expect(wordsToAccept(ARTICLE_TEXT, sentence, { start: sentence.start, end: sentence.end })).toEqual(whole);
    // With the line break before it and the blank after it.
    expect(wordsToAccept(ARTICLE_TEXT, sentence, { start: sentence.start - 1, end: sentence.end + 1 })).toEqual(whole);
  });

  it('ignores a selection in another sentence, or across the sentence’s edge', () => {
    const nine = locate('Nine ISIS members');
    expect(wordsToAccept(ARTICLE_TEXT, sentence, nine)).toEqual(whole);
    expect(wordsToAccept(ARTICLE_TEXT, sentence, { start: sentence.start - 10, end: sentence.start + 10 })).toEqual(whole);
    expect(wordsToAccept(ARTICLE_TEXT, sentence, { start: sentence.end - 5, end: sentence.end + 10 })).toEqual(whole);
  });

  it('never answers a range outside the text', () => {
    expect(wordsToAccept(ARTICLE_TEXT, sentence, { start: -5, end: ARTICLE_TEXT.length + 50 })).toEqual(whole);
    expect(wordsToAccept(ARTICLE_TEXT, sentence, { start: Number.NaN, end: 3 })).toEqual(whole);
  });

  it('answers a selector the server accepts, whatever part is selected', () => {
    for (let start = sentence.start; start < sentence.end; start += 7) {
      for (let end = start + 1; end <= sentence.end; end += 11) {
        const words = wordsToAccept(ARTICLE_TEXT, sentence, { start, end });
        expect(words.start).toBeGreaterThanOrEqual(sentence.start);
        expect(words.end).toBeLessThanOrEqual(sentence.end);
        expect(checkSelector(ARTICLE_TEXT, { exact: words.exact, start: words.start, end: words.end }).ok).toBe(true);
      }
    }
  });
});
