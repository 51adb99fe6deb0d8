// A small closed-loop HTTP load generator: `concurrency` clients, each sending
// its next request as soon as the previous one is answered, for `durationMs`.
// Reports throughput and latency percentiles of the answered requests.
// Bounded: a run stops at its deadline or after MAX_REQUESTS, whichever comes
// first, and a request not answered within REQUEST_TIMEOUT_MS is abandoned
// (counted as failed), so a stuck server cannot hold the bench.
import { percentile, round } from './report';

const MAX_REQUESTS = 100_000;
const REQUEST_TIMEOUT_MS = 30_000;

export interface LoadResult {
  concurrency: number;
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
}

export interface RequestSpec {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

export async function runLoad(concurrency: number, durationMs: number, next: (client: number, i: number) => RequestSpec, expectStatus: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  let firstError = '';
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, client) => {
      for (let i = 0; performance.now() < deadline && sent < MAX_REQUESTS; i += 1) {
        sent += 1;
        const spec = next(client, i);
        const t0 = performance.now();
        try {
          const res = await fetch(spec.url, { method: spec.method, headers: spec.headers, body: spec.body, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
          await res.arrayBuffer();
          if (res.status === expectStatus) latencies.push(performance.now() - t0);
          else {
            errors += 1;
            firstError ||= `HTTP ${res.status}`;
          }
        } catch (error) {
          errors += 1;
          firstError ||= String(error);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  if (errors > 0) console.warn(`  ${errors} failed request(s) at concurrency ${concurrency}, first: ${firstError}`);
  latencies.sort((a, b) => a - b);
  return { concurrency, requests: latencies.length, errors, seconds: round(seconds), perSecond: round(latencies.length / seconds), p50: round(percentile(latencies, 0.5)), p99: round(percentile(latencies, 0.99)) };
}
