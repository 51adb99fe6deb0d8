// How much work the pool (run-job.ts) takes on, from the environment. README
// ("Limits") lists these settings and what a person sees when one is hit.
import { availableParallelism } from 'node:os';

export interface WorkLimits {
  /** worker threads; one core stays with the thread that answers requests */
  threads: number;
  /** jobs that may wait for a thread; one more is refused at once with 503 BUSY */
  queue: number;
  /** from the moment a job is handed over (waiting included) to its answer */
  timeMs: number;
  /** heap of each worker thread; a job that needs more is stopped */
  memoryMb: number;
}

function positiveInteger(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function workLimits(env: NodeJS.ProcessEnv = process.env): WorkLimits {
  const threads = positiveInteger(env.WORK_THREADS, Math.max(1, availableParallelism() - 1));
  return {
    threads,
    queue: positiveInteger(env.WORK_QUEUE, threads * 16),
    timeMs: positiveInteger(env.WORK_TIME_LIMIT_MS, 10_000),
    memoryMb: positiveInteger(env.WORK_MEMORY_MB, 512),
  };
}
