import { reviewTurnaround, weekStart } from '@/lib/domain/desk/review-turnaround';

const at = (iso: string) => new Date(iso);

describe('weekStart', () => {
  it('is the Monday of the week, at 00:00 UTC', () => {
    expect(weekStart(at('2026-12-07T15:00:00Z')).toISOString()).toBe('2026-12-07T00:00:00.000Z'); // a Monday
    expect(weekStart(at('2026-12-13T23:59:00Z')).toISOString()).toBe('2026-12-07T00:00:00.000Z'); // the Sunday after
    expect(weekStart(at('2026-12-06T10:00:00Z')).toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });
});

describe('reviewTurnaround', () => {
  const now = at('2026-12-09T12:00:00Z');

  it('measures each decision from the latest submission before it, median per week, oldest week first', () => {
    const submissions = [
      { claimId: 'a', at: at('2026-12-07T08:00:00Z') },
      { claimId: 'b', at: at('2026-12-07T09:00:00Z') },
      { claimId: 'c', at: at('2026-12-01T09:00:00Z') },
      // resubmitted after changes: the second wait counts for the second decision
      { claimId: 'a', at: at('2026-12-08T08:00:00Z') },
    ];
    const reviews = [
      { claimId: 'a', at: at('2026-12-07T10:00:00Z') }, // 2 h
      { claimId: 'b', at: at('2026-12-07T15:00:00Z') }, // 6 h
      { claimId: 'a', at: at('2026-12-08T09:00:00Z') }, // 1 h
      { claimId: 'c', at: at('2026-12-02T09:00:00Z') }, // 24 h, the week before
      { claimId: 'z', at: at('2026-12-08T09:00:00Z') }, // never submitted: left out
    ];
    const weeks = reviewTurnaround(reviews, submissions, now, 3);
    expect(weeks).toEqual([
      { weekStart: '2026-11-23T00:00:00.000Z', decisions: 0, medianHours: null },
      { weekStart: '2026-11-30T00:00:00.000Z', decisions: 1, medianHours: 24 },
      { weekStart: '2026-12-07T00:00:00.000Z', decisions: 3, medianHours: 2 },
    ]);
  });

  it('leaves out decisions older than the weeks asked for', () => {
    expect(reviewTurnaround([{ claimId: 'a', at: at('2026-01-05T10:00:00Z') }], [{ claimId: 'a', at: at('2026-01-05T09:00:00Z') }], now, 2).every((w) => w.decisions === 0)).toBe(true);
  });
});
