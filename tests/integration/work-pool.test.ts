// Issue 12, defence in depth: the CPU-heavy jobs run on the work pool
// (lib/server/work), a piscina pool of worker threads with a time and a memory
// limit per job and a bounded queue. Real threads, real jobs: each limit is hit
// by setting it low, the way an operator would (README, "Limits").
import { GET as suggestionsRoute } from '@/app/api/articles/[id]/suggestions/route';
import { suggestClaims } from '@/lib/domain/claim-finder/suggest-claims';
import { diffTexts } from '@/lib/domain/revisions/text-diff';
import { htmlToArticleText } from '@/lib/domain/articles/html-text';
import { AppError } from '@/lib/domain/errors';
import { closeWorkPool, runJob } from '@/lib/server/work/run-job';
import { generateArticle, renderArticle } from '../bench/article-generator';
import { send } from './helpers/api';
import { dbSnapshot } from './helpers/snapshot';
import { seedWorld } from './helpers/world';

jest.setTimeout(60_000);

const LIMITS = ['WORK_THREADS', 'WORK_QUEUE', 'WORK_TIME_LIMIT_MS', 'WORK_MEMORY_MB'] as const;
const saved = Object.fromEntries(LIMITS.map((name) => [name, process.env[name]]));

/** A fresh pool under these settings (the pool reads threads, queue and memory when it starts). */
async function poolWith(settings: Partial<Record<(typeof LIMITS)[number], string>>): Promise<void> {
  await closeWorkPool();
  for (const name of LIMITS) {
    if (settings[name] === undefined) delete process.env[name];
    else process.env[name] = settings[name];
  }
}

afterEach(async () => {
  await poolWith({});
  for (const name of LIMITS) if (saved[name] !== undefined) process.env[name] = saved[name];
});

const article = renderArticle(generateArticle(12, 300_000));
/** every suggestion of the article: no claims, nothing dismissed, no cut */
const ALL = { limit: 100_000, claims: [], dismissed: [] };
/** A 1.2 MB HTML table: its conversion needs well over 32 MB of heap. */
const bigTable = `<table>${'<tr><td>cell text here</td><td>more</td></tr>'.repeat(20_000)}</table>`;

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('the work pool', () => {
  it('answers what the pure functions answer', async () => {
    const revised = article.replace(/officials/g, 'authorities');
    expect(await runJob('diffTexts', { from: article, to: revised })).toEqual(diffTexts(article, revised));
    expect(await runJob('openSuggestions', { text: article, options: ALL })).toEqual(suggestClaims(article));
    const html = '<html><head><title>Budget vote</title></head><body><p>The council met.</p><p>It approved the budget.</p></body></html>';
    expect(await runJob('importHtml', html)).toEqual({ title: 'Budget vote', text: htmlToArticleText(html) });
  });

  it('leaves the request thread free while a job runs', async () => {
    await runJob('diffTexts', { from: 'a', to: 'b' }); // the thread is started and loaded
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    const started = Date.now();
    try {
      await runJob('openSuggestions', { text: article, options: ALL });
    } finally {
      clearInterval(timer);
    }
    // Run on this thread, the job would have let no timer fire until it ended.
    const ranMs = Date.now() - started;
    expect(ranMs).toBeGreaterThan(50);
    expect(ticks).toBeGreaterThan(0);
  });

  it('stops a job past its time limit with WORK_TIMEOUT (503), and answers the next job', async () => {
    await runJob('diffTexts', { from: 'a', to: 'b' });
    process.env.WORK_TIME_LIMIT_MS = '1';
    const error = await refusal(runJob('openSuggestions', { text: article, options: ALL }));
    expect(error).toMatchObject({ code: 'WORK_TIMEOUT', status: 503, details: { limitSeconds: 0.001, retryAfterSeconds: 5 } });
    expect(error.message).toMatch(/took longer than the 0.001 s one request may work for/);
    delete process.env.WORK_TIME_LIMIT_MS;
    expect(await runJob('diffTexts', { from: 'a b', to: 'a c' })).toEqual(diffTexts('a b', 'a c'));
  });

  it('stops a job past its memory limit with TOO_COMPLEX (422), and answers the next job', async () => {
    await poolWith({ WORK_MEMORY_MB: '32' });
    const error = await refusal(runJob('importHtml', bigTable));
    expect(error).toMatchObject({ code: 'TOO_COMPLEX', status: 422, details: { limitMegabytes: 32 } });
    expect(await runJob('diffTexts', { from: 'a b', to: 'a c' })).toEqual(diffTexts('a b', 'a c'));
  });

  it('refuses a job at once with BUSY (503) when its queue is full', async () => {
    await poolWith({ WORK_THREADS: '1', WORK_QUEUE: '1' });
    const outcomes = await Promise.allSettled([1, 2, 3, 4].map(() => runJob('openSuggestions', { text: article, options: ALL })));
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    // One thread and one seat in the queue: at most two of four are taken.
    expect(refused.length).toBeGreaterThanOrEqual(2);
    for (const { reason } of refused) expect(reason).toMatchObject({ code: 'BUSY', status: 503, details: { retryAfterSeconds: 5 } });
    expect(outcomes.filter((o) => o.status === 'fulfilled').length).toBeGreaterThanOrEqual(1);
  });
});

describe('a route whose job is stopped', () => {
  it('answers 503 WORK_TIMEOUT in the error shape with Retry-After, and changes nothing', async () => {
    const world = await seedWorld();
    const before = await dbSnapshot();
    process.env.WORK_TIME_LIMIT_MS = '1';
    const res = await send(suggestionsRoute, 'GET', `/api/articles/${world.article.id}/suggestions`, { as: world.editor }, { id: world.article.id });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(await res.json()).toEqual({
      error: { code: 'WORK_TIMEOUT', message: expect.stringContaining('Nothing was changed'), details: { limitSeconds: 0.001, retryAfterSeconds: 5 } },
    });
    expect(await dbSnapshot()).toEqual(before);
  });
});
