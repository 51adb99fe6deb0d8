// How long claims waited for a decision, week by week: for each review (an
// approval or a request for changes), the time since the claim was last
// submitted before it. Pure: the desk passes reviews and submissions in.

export interface TimedEvent {
  claimId: string;
  at: Date;
}

export interface TurnaroundWeek {
  /** Monday 00:00 UTC of the week, ISO */
  weekStart: string;
  decisions: number;
  /** median hours from submission to decision; null when there were none */
  medianHours: number | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * DAY_MS;

/** Monday 00:00 UTC of the week `date` falls in. */
export function weekStart(date: Date): Date {
  const midnight = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const sinceMonday = (new Date(midnight).getUTCDay() + 6) % 7;
  return new Date(midnight - sinceMonday * DAY_MS);
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The last `weeks` weeks up to `now`, oldest first; a review with no submission before it is left out. */
export function reviewTurnaround(reviews: readonly TimedEvent[], submissions: readonly TimedEvent[], now: Date, weeks = 8): TurnaroundWeek[] {
  const submittedAt = new Map<string, number[]>();
  for (const s of submissions) submittedAt.set(s.claimId, [...(submittedAt.get(s.claimId) ?? []), s.at.getTime()]);
  for (const times of submittedAt.values()) times.sort((a, b) => a - b);
  const first = weekStart(now).getTime() - (weeks - 1) * WEEK_MS;
  const hours: number[][] = Array.from({ length: weeks }, () => []);
  for (const review of reviews) {
    const at = review.at.getTime();
    const index = Math.floor((at - first) / WEEK_MS);
    if (index < 0 || index >= weeks) continue;
    const before = (submittedAt.get(review.claimId) ?? []).filter((t) => t <= at);
    if (before.length === 0) continue;
    hours[index].push((at - before[before.length - 1]) / 3_600_000);
  }
  return hours.map((list, i) => ({ weekStart: new Date(first + i * WEEK_MS).toISOString(), decisions: list.length, medianHours: median(list) }));
}
