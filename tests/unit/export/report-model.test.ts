import { buildReportModel, type ClaimLike } from '@/lib/domain/export/report-model';
import type { ClaimDto } from '@/lib/server/claims/claim-dto';
import { DEFAULT_VERDICT_SCALE, UNRATED_COLOR } from '@/lib/domain/verdicts';
import { ARTICLE_TEXT, NINE_KILLED, locate } from '../fixture-article';
import { claimOn, publishedOf, reportInput } from './report-fixtures';

// Compile-time contract: the API's ClaimDto (plus reviews) is a valid input claim.
const dtoIsClaimLike = (dto: ClaimDto): ClaimLike => dto;
void dtoIsClaimLike;

const LATER = 'The statement said DNA tests are still being conducted';
const EARLIER = 'wounded two U.S. service members';
const INSIDE = 'ISIS members were killed';

describe('buildReportModel', () => {
  it('published scope keeps only APPROVED claims', () => {
    const input = reportInput([claimOn(NINE_KILLED), claimOn(EARLIER, { status: 'IN_REVIEW' }), claimOn(LATER, { status: 'DRAFT' }), claimOn('Pentagon spokesman', { status: 'CHANGES_REQUESTED' })]);
    const model = buildReportModel(input);
    expect(model.claims.map((c) => c.selector.exact)).toEqual([NINE_KILLED]);
    expect(model.claims[0].approved).toBe(true);
    expect(model.total).toBe(1);
  });

  it('all scope keeps every claim and flags which are approved', () => {
    const model = buildReportModel(reportInput([claimOn(LATER, { status: 'DRAFT' }), claimOn(NINE_KILLED)], { scope: 'all' }));
    expect(model.claims.map((c) => [c.selector.exact, c.approved, c.approval !== null])).toEqual([
      [NINE_KILLED, true, true],
      [LATER, false, false],
    ]);
  });

  it('numbers claims 1..N in reading order, whatever the input order', () => {
    const model = buildReportModel(reportInput([claimOn(LATER), claimOn(NINE_KILLED), claimOn(EARLIER)]));
    expect(model.claims.map((c) => [c.number, c.selector.exact])).toEqual([
      [1, EARLIER],
      [2, NINE_KILLED],
      [3, LATER],
    ]);
  });

  it('numbers an enclosing claim before the claim nested at its start', () => {
    const model = buildReportModel(reportInput([claimOn('Nine ISIS'), claimOn(NINE_KILLED)]));
    expect(model.claims.map((c) => c.selector.exact)).toEqual([NINE_KILLED, 'Nine ISIS']);
  });

  it('lists ORPHANED claims after the highlighted ones, unhighlighted and out of the segments', () => {
    const orphan = claimOn(EARLIER, { anchorStatus: 'ORPHANED' });
    const model = buildReportModel(reportInput([orphan, claimOn(NINE_KILLED)]));
    expect(model.claims.map((c) => [c.number, c.id, c.highlighted])).toEqual([
      [1, model.claims[0].id, true],
      [2, orphan.id, false],
    ]);
    expect(model.segments.flatMap((s) => s.claimNumbers)).not.toContain(2);
  });

  it('does not highlight a claim whose quote is not at its offsets', () => {
    const stale = claimOn(NINE_KILLED);
    stale.selector = { ...stale.selector, start: stale.selector.start + 1, end: stale.selector.end + 1 };
    const outOfRange = claimOn(EARLIER);
    outOfRange.selector = { ...outOfRange.selector, start: ARTICLE_TEXT.length + 5, end: ARTICLE_TEXT.length + 9 };
    const model = buildReportModel(reportInput([stale, outOfRange]));
    expect(model.claims.every((c) => !c.highlighted)).toBe(true);
    expect(model.segments).toEqual([{ start: 0, end: ARTICLE_TEXT.length, text: ARTICLE_TEXT, claimNumbers: [] }]);
  });

  it('splits the text into segments that rebuild it and carry claim numbers', () => {
    const model = buildReportModel(reportInput([claimOn(NINE_KILLED), claimOn(INSIDE)]));
    expect(model.segments.map((s) => s.text).join('')).toBe(ARTICLE_TEXT);
    const { start } = locate(NINE_KILLED);
    const inner = locate(INSIDE);
    expect(model.segments.filter((s) => s.claimNumbers.length > 0)).toEqual([
      { start, end: inner.start, text: 'Nine ', claimNumbers: [1] },
      { start: inner.start, end: inner.end, text: INSIDE, claimNumbers: [1, 2] },
      { start: inner.end, end: start + NINE_KILLED.length, text: ' in the attack', claimNumbers: [1] },
    ]);
  });

  it('attaches the full verdict option and its colour, or the unrated colour', () => {
    const model = buildReportModel(reportInput([claimOn(NINE_KILLED), claimOn(LATER, { verdict: null, status: 'DRAFT' })], { scope: 'all' }));
    expect(model.claims[0].verdict).toEqual(DEFAULT_VERDICT_SCALE.find((o) => o.key === 'false'));
    expect(model.claims[0].color).toBe('#cf222e');
    expect(model.claims[1].verdict).toBeNull();
    expect(model.claims[1].color).toBe(UNRATED_COLOR);
  });

  it('keeps a verdict whose key is missing from the scale, classed OTHER', () => {
    const model = buildReportModel(reportInput([claimOn(NINE_KILLED, { verdict: { key: 'pants-on-fire', label: 'Pants on fire', color: '#ff0000' } })]));
    expect(model.claims[0].verdict).toMatchObject({ key: 'pants-on-fire', label: 'Pants on fire', ratingValue: null, normalized: 'OTHER' });
    expect(model.summary.find((row) => row.key === 'pants-on-fire')?.count).toBe(1);
  });

  it('in the working draft, takes the latest approving review as the approval', () => {
    const claim = claimOn(NINE_KILLED, {
      reviews: [
        { reviewerName: 'Later Approver', decision: 'APPROVE', comment: null, createdAt: '2024-11-02T00:00:00.000Z' },
        { reviewerName: 'Sender Back', decision: 'REQUEST_CHANGES', comment: 'source?', createdAt: '2024-11-01T00:00:00.000Z' },
        { reviewerName: 'First Approver', decision: 'APPROVE', comment: null, createdAt: '2024-10-31T00:00:00.000Z' },
      ],
    });
    const [reported] = buildReportModel(reportInput([claim], { scope: 'all' })).claims;
    expect(reported.approval).toEqual({ reviewerName: 'Later Approver', approvedAt: '2024-11-02T00:00:00.000Z' });
    expect(reported.reviews.map((r) => r.reviewerName)).toEqual(['First Approver', 'Sender Back', 'Later Approver']);
  });

  it('in the published scope, the approval is the one that froze the published version', () => {
    const claim = claimOn(NINE_KILLED);
    claim.published = { ...publishedOf(claim, '2024-11-03T09:00:00.000Z'), approvedBy: { id: 'u-riley', name: 'Riley Reviewer' } };
    const [reported] = buildReportModel(reportInput([claim])).claims;
    expect(reported.approval).toEqual({ reviewerName: 'Riley Reviewer', approvedAt: '2024-11-03T09:00:00.000Z' });
  });

  describe('published scope shows each claim as it was last approved', () => {
    const APPROVED_SOURCE = {
      id: 'as-1',
      url: 'https://www.centcom.mil/MEDIA/STATEMENTS/',
      title: 'CENTCOM statement',
      publisher: 'CENTCOM',
      quote: null,
      accessedAt: null,
      archivedUrl: null,
      reliabilityNote: null,
    };

    /** Approved with one content and one source, then changed: back in review with other words and evidence. */
    function editedAfterApproval() {
      const approved = claimOn(NINE_KILLED, { statement: 'Nine ISIS members died', rationale: 'Iraqi JOC statement', sources: [APPROVED_SOURCE] });
      const published = publishedOf(approved, '2024-12-03T10:00:00.000Z');
      return {
        ...approved,
        status: 'IN_REVIEW' as const,
        statement: 'Sixty thousand troops',
        rationale: 'Random blog',
        verdict: { key: 'true', label: 'True', color: '#1a7f37' },
        sources: [{ ...APPROVED_SOURCE, id: 'blog', url: 'https://random.blog.example/', title: 'Random blog: actually 60,000 troops' }],
        version: approved.version + 2,
        published,
      };
    }

    it('a claim edited and re-sourced after approval keeps its approved statement, verdict, rationale and sources', () => {
      const [reported] = buildReportModel(reportInput([editedAfterApproval()])).claims;
      expect(reported).toMatchObject({ statement: 'Nine ISIS members died', rationale: 'Iraqi JOC statement', status: 'APPROVED', approved: true });
      expect(reported.verdict?.key).toBe('false');
      expect(reported.sources.map((s) => s.url)).toEqual([APPROVED_SOURCE.url]);
      expect(JSON.stringify(reported)).not.toMatch(/Random blog|Sixty thousand/);
    });

    it('the working draft shows the same claim as it is now, unapproved', () => {
      const [reported] = buildReportModel(reportInput([editedAfterApproval()], { scope: 'all' })).claims;
      expect(reported).toMatchObject({ statement: 'Sixty thousand troops', status: 'IN_REVIEW', approved: false, approval: null });
    });

    it('the claimant and appearance are the approved ones in the published scope and the current ones in the working draft', () => {
      const JOC = { name: 'Iraqi Joint Operations Command', type: 'Organization' as const, url: null };
      const RYDER = { name: 'Patrick Ryder', type: 'Person' as const, url: 'https://www.defense.gov/' };
      const BRIEFING = { url: 'https://www.defense.gov/News/Transcripts/', date: '2024-10-30T00:00:00.000Z' };
      const approved = claimOn(NINE_KILLED, { claimant: JOC, appearance: BRIEFING });
      const claim = { ...approved, status: 'IN_REVIEW' as const, claimant: RYDER, appearance: null, published: publishedOf(approved) };
      expect(buildReportModel(reportInput([claim])).claims[0]).toMatchObject({ claimant: JOC, appearance: BRIEFING });
      expect(buildReportModel(reportInput([claim], { scope: 'all' })).claims[0]).toMatchObject({ claimant: RYDER, appearance: null });
      // A claim without them (or a caller that does not know them) reads as not set.
      expect(buildReportModel(reportInput([claimOn(LATER)])).claims[0]).toMatchObject({ claimant: null, appearance: null });
    });

    it('a claim never approved is not published, whatever its status says', () => {
      const model = buildReportModel(reportInput([claimOn(NINE_KILLED, { published: null }), claimOn(LATER, { status: 'IN_REVIEW' })]));
      expect(model.claims).toEqual([]);
    });

    it('a claim moved to other words after approval is published with the approved words, highlighted where they still stand', () => {
      const claim = claimOn(NINE_KILLED);
      const published = publishedOf(claim);
      const moved = claimOn(LATER, { status: 'IN_REVIEW', published });
      const [reported] = buildReportModel(reportInput([moved])).claims;
      expect(reported.selector.exact).toBe(NINE_KILLED);
      expect(reported.highlighted).toBe(true);
      expect(ARTICLE_TEXT.slice(reported.selector.start, reported.selector.end)).toBe(NINE_KILLED);
    });

    it('approved words that moved in a later revision are highlighted at their new place', () => {
      const text = `Breaking. ${ARTICLE_TEXT}`;
      const claim = claimOn(NINE_KILLED, {}, text);
      claim.published = { ...publishedOf(claim), selector: { ...claim.selector, start: claim.selector.start - 10, end: claim.selector.end - 10 } };
      const [reported] = buildReportModel(reportInput([claim], { revision: { id: 'rev-2', number: 3, text, createdAt: '2024-12-01T00:00:00.000Z' } })).claims;
      expect(reported.highlighted).toBe(true);
      expect(text.slice(reported.selector.start, reported.selector.end)).toBe(NINE_KILLED);
    });
  });

  it('counts verdicts per scale option, in scale order, with unrated claims last', () => {
    const claims = [
      claimOn(NINE_KILLED),
      claimOn(EARLIER, { verdict: { key: 'true', label: 'True', color: '#1a7f37' } }),
      claimOn(LATER),
      claimOn('Pentagon spokesman', { verdict: null, status: 'DRAFT' }),
    ];
    const model = buildReportModel(reportInput(claims, { scope: 'all' }));
    expect(model.summary.map((row) => row.label)).toEqual([...DEFAULT_VERDICT_SCALE.map((o) => o.label), 'No verdict']);
    expect(Object.fromEntries(model.summary.filter((r) => r.count).map((r) => [r.label, r.count]))).toEqual({ True: 1, False: 2, 'No verdict': 1 });
    expect(model.total).toBe(4);
  });

  it('drops fields the report does not know about and does not touch its input', () => {
    const claim = claimOn(NINE_KILLED);
    const dtoLike = { ...claim, authorId: 'u-editor', sources: claim.sources.map((s) => ({ ...s, createdById: 'secret' })) };
    const input = reportInput([dtoLike]);
    const before = JSON.stringify(input);
    const model = buildReportModel(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(model.claims[0].sources[0]).not.toHaveProperty('createdById');
    expect(model.claims[0]).not.toHaveProperty('authorId');
  });

  it('handles an article with no claims', () => {
    const model = buildReportModel(reportInput([]));
    expect(model.claims).toEqual([]);
    expect(model.segments).toHaveLength(1);
    expect(model.summary.every((row) => row.count === 0)).toBe(true);
  });
});
