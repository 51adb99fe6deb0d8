import labels from '@/tests/fixtures/claim-finder/cnn-us-iraq-raid.labels.json';
import { splitSentences } from '@/lib/domain/claim-finder/sentences';
import { precisionRecall } from '@/lib/domain/claim-finder/precision-recall';
import { DEFAULT_THRESHOLD, suggestClaims } from '@/lib/domain/claim-finder/suggest-claims';
import { ARTICLE_TEXT } from '../fixture-article';

interface Label {
  sentence: string;
  checkworthy: boolean;
  why: string;
}
const LABELS = labels as Label[];

describe('labelled fixture', () => {
  it('labels every sentence splitSentences produces, in order', () => {
    expect(LABELS.map((l) => l.sentence)).toEqual(splitSentences(ARTICLE_TEXT).map((s) => s.text));
  });

  // Measured at DEFAULT_THRESHOLD 0.4 on 27 sentences: P = 1.00 (14/14), R = 0.875 (14/16).
  it('reaches precision >= 0.9 and recall >= 0.8 at the default threshold', () => {
    const { precision, recall, tp, fp, fn } = precisionRecall(LABELS, DEFAULT_THRESHOLD);
    console.log(`claim-finder on CNN sample: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });
});

describe('suggestClaims', () => {
  const suggestions = suggestClaims(ARTICLE_TEXT);

  it('returns selectors that anchor in the whole text, best first', () => {
    expect(suggestions.length).toBeGreaterThan(5);
    for (const s of suggestions) {
      expect(ARTICLE_TEXT.slice(s.selector.start, s.selector.end)).toBe(s.selector.exact);
      expect(ARTICLE_TEXT.slice(0, s.selector.start).endsWith(s.selector.prefix)).toBe(true);
      expect(s.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    }
    const scores = suggestions.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('gives quantity offsets in the whole text', () => {
    const troops = suggestions.flatMap((s) => s.quantities).find((q) => q.unit === 'troops');
    expect(troops && ARTICLE_TEXT.slice(troops.start, troops.end)).toBe('40,000');
  });

  it('honours threshold and limit', () => {
    expect(suggestClaims(ARTICLE_TEXT, { limit: 3 })).toEqual(suggestions.slice(0, 3));
    expect(suggestClaims(ARTICLE_TEXT, { threshold: 0 }).length).toBe(splitSentences(ARTICLE_TEXT).length);
    expect(suggestClaims(ARTICLE_TEXT, { threshold: 1.01 })).toEqual([]);
  });

  it('suggests who made each claim where the sentence says (the claim card offers it)', () => {
    const claimantOf = (start: string) => suggestions.find((s) => s.selector.exact.startsWith(start))?.claimant;
    expect(claimantOf('Nine ISIS members were killed')).toEqual({ name: 'Iraqi Joint Operations Command', type: 'Organization' });
    expect(claimantOf('“Both individuals')).toEqual({ name: 'Patrick Ryder', type: 'Person' });
    expect(claimantOf('The statement said DNA tests')).toBeNull();
  });

  it('never suggests the credit line or the update notice', () => {
    const exacts = suggestClaims(ARTICLE_TEXT, { threshold: 0.01 }).map((s) => s.selector.exact);
    expect(exacts.some((e) => /contributed reporting|has been updated/.test(e))).toBe(false);
  });
});

describe('precisionRecall', () => {
  it('counts agreement with the labels', () => {
    const labels = [
      { sentence: 'Nine ISIS members were killed in the attack, officials said.', checkworthy: true },
      { sentence: 'What happens next?', checkworthy: true },
      { sentence: 'CNN’s Jane Doe contributed to this report.', checkworthy: false },
    ];
    expect(precisionRecall(labels, DEFAULT_THRESHOLD)).toEqual({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    // Everything predicted check-worthy: the byline becomes a false positive.
    expect(precisionRecall(labels, 0)).toEqual({ tp: 2, fp: 1, fn: 0, precision: 2 / 3, recall: 1 });
  });
});
