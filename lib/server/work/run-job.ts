// Runs a CPU-heavy job (jobs.ts) on the work pool, a piscina pool of worker
// threads, so the thread that answers requests stays free for everyone else.
// Each job has a time limit (the pool terminates the thread that runs past it)
// and a memory limit (the thread's heap); an overrun, or a full queue, is a
// typed AppError the route answers in the API's error shape.
import path from 'node:path';
import { Piscina } from 'piscina';
import { AppError } from '@/lib/domain/errors';
import type { JobInput, JobName, JobOutput, JobRequest } from './jobs';
import { workLimits, type WorkLimits } from './work-limits';

// Read from the source tree at run time: the worker is not part of Next's bundle.
const WORKER = path.join(/*turbopackIgnore: true*/ process.cwd(), 'lib', 'server', 'work', 'worker.cjs');

interface WorkPool {
  pool: Piscina<JobRequest, unknown>;
  limits: WorkLimits;
}

// On globalThis so Next's dev reloads reuse one pool instead of leaking threads.
const KEY = Symbol.for('factcheck-workbench.work-pool');
const holder = globalThis as typeof globalThis & { [KEY]?: WorkPool };

function workPool(): WorkPool {
  if (!holder[KEY]) {
    const limits = workLimits();
    const pool = new Piscina<JobRequest, unknown>({
      filename: WORKER,
      minThreads: limits.threads,
      maxThreads: limits.threads,
      maxQueue: limits.queue,
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
      // Lower CPU priority for the pool's threads (Linux nice, through piscina's optional
      // @napi-rs/nice): when cores are short, the thread answering requests goes first.
      niceIncrement: 10,
    });
    holder[KEY] = { pool, limits };
  }
  return holder[KEY];
}

export async function runJob<N extends JobName>(name: N, input: JobInput<N>): Promise<JobOutput<N>> {
  const { pool, limits } = workPool();
  // Checked here, not left to piscina's maxQueue: piscina parks a task that
  // has an abort signal (all of ours) in a second queue that maxQueue does not count.
  if (pool.queueSize >= limits.queue) throw refusedBusy();
  // Read at each job, so a new time limit applies without a new pool.
  const timeMs = workLimits().timeMs;
  try {
    return (await pool.run({ name, input } as JobRequest, { signal: AbortSignal.timeout(timeMs) })) as JobOutput<N>;
  } catch (error) {
    throw overrun(error, { ...limits, timeMs }) ?? error;
  }
}

/** The AppError for a job the pool stopped or refused; null for anything else (a bug: the route's 500). */
function overrun(error: unknown, limits: WorkLimits): AppError | null {
  // Read by shape: a worker's exit error is made in Node's own realm, where `instanceof Error` can fail (under Jest it does).
  if (typeof error !== 'object' || error === null) return null;
  const { name, code, message } = error as { name?: unknown; code?: unknown; message?: unknown };
  const seconds = limits.timeMs / 1000;
  if (name === 'AbortError') {
    return new AppError(
      'WORK_TIMEOUT',
      `This took longer than the ${seconds} s one request may work for, so the server stopped it. Nothing was changed. Try again in a moment; if it happens again, the text is too large or unusual to process here.`,
      { limitSeconds: seconds, retryAfterSeconds: 5 },
    );
  }
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new AppError('TOO_COMPLEX', `This needed more than the ${limits.memoryMb} MB one request may use, so the server stopped it. Nothing was changed. Try a smaller or simpler text.`, {
      limitMegabytes: limits.memoryMb,
    });
  }
  if (message === 'Task queue is at limit') return refusedBusy();
  return null;
}

const refusedBusy = () => new AppError('BUSY', 'The server is busy with other large jobs. Nothing was changed; try again in a moment.', { retryAfterSeconds: 5 });

/** Stops the pool's threads (tests, and a server shutting down); the next job starts a fresh pool. */
export async function closeWorkPool(): Promise<void> {
  const current = holder[KEY];
  if (!current) return;
  delete holder[KEY];
  await current.pool.close({ force: true });
}
