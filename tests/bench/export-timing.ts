// timeRuns for async work (the PDF renderer returns a Promise): same warm-up,
// same median / p95 figures as report.ts, so the table reads the same.
import { percentile, round, type Timing } from './report';

export async function timeRunsAsync(fn: () => Promise<unknown>, warmup = 1, runs = 5): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { runs, median: round(percentile(times, 0.5)), p95: round(percentile(times, 0.95)), max: round(times[times.length - 1]), min: round(times[0]) };
}
