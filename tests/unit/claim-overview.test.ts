// The article overview's filter, counts and search (lib/domain/claim-overview.ts), on plain data.
import { authorsOf, countByStatus, countByVerdict, findInText, isFiltered, matchesFilter, MAX_SEARCH_LENGTH, NO_FILTER, searchWords, type OverviewClaim } from '@/lib/domain/claim-overview';
import { ARTICLE_TEXT } from './fixture-article';

const ann = { id: 'u1', name: 'Ann Editor' };
const bob = { id: 'u2', name: 'Bob Writer' };
const claim = (over: Partial<OverviewClaim>): OverviewClaim => ({
  status: 'DRAFT',
  verdict: null,
  author: ann,
  statement: '',
  selector: { exact: 'Nine ISIS members were killed' },
  claimant: null,
  ...over,
});

const claims = [
  claim({ status: 'APPROVED', verdict: { key: 'true' }, statement: 'Nine members died.' }),
  claim({ status: 'IN_REVIEW', verdict: { key: 'false' }, author: bob, selector: { exact: 'about 40,000 US troops' } }),
  claim({ status: 'DRAFT', claimant: { name: 'Pentagon' }, selector: { exact: 'the raid took place in Hamrin' } }),
  claim({ status: 'APPROVED', verdict: { key: 'retired' }, author: bob }),
];

describe('matchesFilter', () => {
  it('keeps every claim without a filter', () => {
    expect(claims.filter((c) => matchesFilter(c, NO_FILTER))).toHaveLength(4);
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, words: '   ' })).toBe(false);
  });

  it('filters by status, verdict, no verdict and author, together', () => {
    expect(claims.filter((c) => matchesFilter(c, { ...NO_FILTER, status: 'APPROVED' }))).toEqual([claims[0], claims[3]]);
    expect(claims.filter((c) => matchesFilter(c, { ...NO_FILTER, verdict: 'false' }))).toEqual([claims[1]]);
    expect(claims.filter((c) => matchesFilter(c, { ...NO_FILTER, verdict: '' }))).toEqual([claims[2]]);
    expect(claims.filter((c) => matchesFilter(c, { ...NO_FILTER, authorId: 'u2' }))).toEqual([claims[1], claims[3]]);
    expect(claims.filter((c) => matchesFilter(c, { ...NO_FILTER, status: 'APPROVED', authorId: 'u2' }))).toEqual([claims[3]]);
  });

  it('searches the quote, the statement and the claimant, ignoring case and spacing', () => {
    expect(claims.filter((c) => matchesFilter(c, { ...NO_FILTER, words: '40,000 us' }))).toEqual([claims[1]]);
    expect(claims.filter((c) => matchesFilter(c, { ...NO_FILTER, words: 'members   DIED' }))).toEqual([claims[0]]);
    expect(claims.filter((c) => matchesFilter(c, { ...NO_FILTER, words: 'pentagon' }))).toEqual([claims[2]]);
    expect(claims.filter((c) => matchesFilter(c, { ...NO_FILTER, words: 'nowhere' }))).toEqual([]);
  });

  it('takes regular-expression characters literally', () => {
    expect(matchesFilter(claim({ statement: 'cost $1.5 (bn)?' }), { ...NO_FILTER, words: '$1.5 (bn)?' })).toBe(true);
    expect(matchesFilter(claim({ statement: 'cost 125 bn' }), { ...NO_FILTER, words: '1.5' })).toBe(false);
  });
});

describe('counts', () => {
  it('counts every status, with 0 for those no claim has', () => {
    expect(countByStatus(claims)).toEqual({ DRAFT: 1, IN_REVIEW: 1, CHANGES_REQUESTED: 0, APPROVED: 2 });
  });

  it('counts verdicts in the scale’s order, then verdicts off the scale, then no verdict', () => {
    const scale = [
      { key: 'true', label: 'True', color: '#080' },
      { key: 'mixed', label: 'Mixed', color: '#880' },
      { key: 'false', label: 'False', color: '#800' },
    ];
    expect(countByVerdict(claims, scale)).toEqual([
      { key: 'true', label: 'True', color: '#080', count: 1 },
      { key: 'mixed', label: 'Mixed', color: '#880', count: 0 },
      { key: 'false', label: 'False', color: '#800', count: 1 },
      { key: 'retired', label: 'retired', color: null, count: 1 },
      { key: '', label: 'No verdict', color: null, count: 1 },
    ]);
  });

  it('lists the authors once each, by name', () => {
    expect(authorsOf(claims)).toEqual([ann, bob]);
  });
});

describe('findInText', () => {
  it('finds every place, case-insensitive, as editor offsets', () => {
    const text = 'ISIS said. Later isis denied it; Isis again.';
    const { ranges, more } = findInText(text, 'isis');
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['ISIS', 'isis', 'Isis']);
    expect(more).toBe(false);
  });

  it('keeps offsets right after characters whose lower case is longer (İ) and after emoji', () => {
    const text = 'İstanbul 👍 said Nine members; nine MEMBERS.';
    const { ranges } = findInText(text, 'nine members');
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Nine members', 'nine MEMBERS']);
  });

  it('matches a line break where the search has a space', () => {
    const text = 'about 40,000\nUS troops';
    expect(findInText(text, '40,000 US').ranges).toEqual([{ start: 6, end: 15 }]);
  });

  it('stops at the cap and says there are more', () => {
    const { ranges, more } = findInText('a '.repeat(1000), 'a', 10);
    expect(ranges).toHaveLength(10);
    expect(more).toBe(true);
  });

  it('finds nothing for empty or blank words', () => {
    expect(findInText(ARTICLE_TEXT, '  ')).toEqual({ ranges: [], more: false });
  });

  it('cuts the search words before matching', () => {
    expect(searchWords('x'.repeat(100_000))).toHaveLength(MAX_SEARCH_LENGTH);
    expect(searchWords('  nine \n\t members ')).toBe('nine members');
  });
});
