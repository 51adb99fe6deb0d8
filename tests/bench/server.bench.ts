// Server benches, against a production build of the app on a fresh database:
// - claim saves (POST /api/articles/:id/claims) at 1, 16 and 64 concurrent
//   signed-in clients, next to a bare node:http + better-sqlite3 server doing
//   the same insert (bare-claim-server.js), as a throughput ratio;
//   targets at 16 clients: >= 1/4 of the bare throughput, p99 < 50 ms;
// - time until the workbench shows every highlight of a 500-claim article in
//   Chromium (target < 1 s);
// - the heavy jobs through the work pool, with a probe's p99 alongside
//   (heavy-jobs.bench.ts);
// - the server's peak memory over the whole run.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { chromium } from '@playwright/test';
import { splitSentences } from '../../lib/domain/claim-finder/sentences';
import { applyMigrations } from '../integration/helpers/test-database';
import { generateArticle, renderArticle } from './article-generator';
import { startApp, signIn, type AppServer } from './app-server';
import { benchHeavyJobs } from './heavy-jobs.bench';
import { runLoad, type LoadResult } from './http-load';
import type { BenchRow, BenchSection } from './report';

const APP_PORT = 3200;
const BARE_PORT = 3201;
const LEVELS = [1, 16, 64];
const WARMUP_MS = 2_000;
const MEASURE_MS = 5_000;
const RENDER_CLAIMS = 500;
const RENDER_TARGET_MS = 1_000;

interface Target {
  articleId: string;
  selectors: { exact: string; start: number; end: number }[];
}

async function sampleTarget(base: string, cookie: string): Promise<Target> {
  const { articles } = (await (await fetch(`${base}/api/articles`, { headers: { cookie } })).json()) as { articles: { id: string }[] };
  const { revision } = (await (await fetch(`${base}/api/articles/${articles[0].id}`, { headers: { cookie } })).json()) as { revision: { text: string } };
  const selectors = splitSentences(revision.text).map((s) => ({ exact: s.text, start: s.start, end: s.end }));
  return { articleId: articles[0].id, selectors };
}

async function load(concurrency: number, spec: (client: number, i: number) => { url: string; method: string; headers: Record<string, string>; body: string }): Promise<LoadResult> {
  await runLoad(concurrency, WARMUP_MS, spec, 201);
  return runLoad(concurrency, MEASURE_MS, spec, 201);
}

/** A database for the bare server: the same migrations, one user, the same article text. */
function bareDatabase(text: string): { file: string; articleId: string; authorId: string } {
  const file = join(tmpdir(), `workbench-bench-bare-${process.pid}.db`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  applyMigrations(file);
  const db = new Database(file);
  const now = new Date().toISOString();
  db.prepare(`INSERT INTO User (id, email, name, passwordHash, role, active, createdAt, updatedAt) VALUES ('u1', 'editor@example.com', 'Editor', 'x', 'EDITOR', 1, ?, ?)`).run(now, now);
  db.prepare(`INSERT INTO Article (id, slug, title, createdAt, updatedAt) VALUES ('a1', 'a1', 'Bench', ?, ?)`).run(now, now);
  db.prepare(`INSERT INTO ArticleRevision (id, articleId, number, text, contentHash, createdAt) VALUES ('r1', 'a1', 1, ?, 'h', ?)`).run(text, now);
  db.close();
  return { file, articleId: 'a1', authorId: 'u1' };
}

async function startBare(file: string): Promise<() => Promise<void>> {
  const child = spawn(process.execPath, [join(__dirname, 'bare-claim-server.js'), file, String(BARE_PORT)], { stdio: 'ignore' });
  for (let i = 0; i < 100; i += 1) {
    try {
      await fetch(`http://127.0.0.1:${BARE_PORT}/`);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return async () => {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  };
}

async function benchClaimSaves(app: AppServer): Promise<BenchSection> {
  const cookies: string[] = [];
  for (let i = 0; i < Math.max(...LEVELS); i += 1) cookies.push(await signIn(app.base, 'editor@example.com'));
  const target = await sampleTarget(app.base, cookies[0]);
  const { revision } = (await (await fetch(`${app.base}/api/articles/${target.articleId}`, { headers: { cookie: cookies[0] } })).json()) as { revision: { text: string } };
  const pick = (client: number, i: number) => target.selectors[(client * 7 + i) % target.selectors.length];

  const appResults: LoadResult[] = [];
  for (const level of LEVELS) {
    appResults.push(
      await load(level, (client, i) => ({
        url: `${app.base}/api/articles/${target.articleId}/claims`,
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: cookies[client] },
        body: JSON.stringify({ selector: pick(client, i) }),
      })),
    );
  }

  // Context for the ratio: what the framework itself allows at 16 clients, with
  // no work behind the route (an unauthenticated request answered 401) and with
  // only the session check and one read (GET /api/verdicts).
  const floor = await runLoad(16, MEASURE_MS, () => ({ url: `${app.base}/api/articles`, method: 'GET', headers: {} }), 401);
  const sessionRead = await runLoad(16, MEASURE_MS, (client) => ({ url: `${app.base}/api/verdicts`, method: 'GET', headers: { cookie: cookies[client] } }), 200);

  const bare = bareDatabase(revision.text);
  const stopBare = await startBare(bare.file);
  const bareResults: LoadResult[] = [];
  try {
    for (const level of LEVELS) {
      bareResults.push(
        await load(level, (client, i) => ({
          url: `http://127.0.0.1:${BARE_PORT}/articles/${bare.articleId}/claims?author=${bare.authorId}`,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ selector: pick(client, i) }),
        })),
      );
    }
  } finally {
    await stopBare();
  }

  const rows: BenchRow[] = [];
  LEVELS.forEach((level, index) => {
    const a = appResults[index];
    const b = bareResults[index];
    const ratio = Math.round((a.perSecond / b.perSecond) * 100) / 100;
    const at16 = level === 16;
    rows.push(
      { metric: `${level} client(s): app saves/s (${a.requests} in ${a.seconds} s${a.errors ? `, ${a.errors} failed` : ''})`, value: a.perSecond },
      { metric: `${level} client(s): app p50 / p99 ms`, value: `${a.p50} / ${a.p99}`, ...(at16 ? { target: 'p99 < 50 ms', pass: a.p99 < 50 } : {}) },
      { metric: `${level} client(s): bare server saves/s, p50 / p99 ms`, value: `${b.perSecond}, ${b.p50} / ${b.p99}` },
      { metric: `${level} client(s): app / bare throughput`, value: ratio, ...(at16 ? { target: '>= 0.25', pass: ratio >= 0.25 } : {}) },
    );
  });
  rows.push(
    { metric: '16 clients: app, unauthenticated GET answered 401 (framework floor) req/s', value: floor.perSecond },
    { metric: '16 clients: app, GET /api/verdicts (session check + user + one read) req/s', value: sessionRead.perSecond },
  );
  return { section: 'claim saves', rows };
}

async function benchRender(app: AppServer): Promise<BenchSection> {
  const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) return { section: 'workbench render', rows: [{ metric: `skipped: no Chromium at ${chromiumPath}`, value: '-' }] };
  const cookie = await signIn(app.base, 'editor@example.com');
  const text = renderArticle(generateArticle(20261124, 60_000));
  const created = await fetch(`${app.base}/api/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ title: 'Render bench', text }),
  });
  const articleId = ((await created.json()) as { article: { id: string } }).article.id;
  const sentences = splitSentences(text);
  const step = sentences.length / RENDER_CLAIMS;
  const chosen = Array.from({ length: RENDER_CLAIMS }, (_, i) => sentences[Math.floor(i * step)]);
  for (let i = 0; i < chosen.length; i += 16) {
    await Promise.all(
      chosen.slice(i, i + 16).map(async (s) => {
        const res = await fetch(`${app.base}/api/articles/${articleId}/claims`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ selector: { exact: s.text, start: s.start, end: s.end } }),
        });
        if (res.status !== 201) throw new Error(`creating a render-bench claim: HTTP ${res.status}`);
      }),
    );
  }

  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addCookies(
      cookie.split('; ').map((pair) => {
        const eq = pair.indexOf('=');
        return { name: pair.slice(0, eq), value: pair.slice(eq + 1), domain: 'localhost', path: '/' };
      }),
    );
    const page = await context.newPage();
    const times: number[] = [];
    for (let run = 0; run < 4; run += 1) {
      await page.goto(`${app.base}/articles/${articleId}`, { waitUntil: 'commit' });
      await page.waitForFunction(
        (n) => {
          const ids = new Set<string>();
          for (const mark of document.querySelectorAll('mark[data-claim-ids]')) for (const id of (mark.getAttribute('data-claim-ids') ?? '').split(' ')) if (id) ids.add(id);
          return ids.size >= n;
        },
        RENDER_CLAIMS,
        { polling: 'raf', timeout: 60_000 },
      );
      times.push(await page.evaluate(() => performance.now()));
    }
    const [cold, ...warm] = times;
    warm.sort((a, b) => a - b);
    const median = Math.round(warm[Math.floor(warm.length / 2)]);
    return {
      section: 'workbench render',
      rows: [
        { metric: `all ${RENDER_CLAIMS} highlights shown, first load (cold cache) ms`, value: Math.round(cold) },
        { metric: `all ${RENDER_CLAIMS} highlights shown, median of ${warm.length} reloads ms`, value: median, target: `< ${RENDER_TARGET_MS} ms`, pass: median < RENDER_TARGET_MS },
      ],
    };
  } finally {
    await browser.close();
  }
}

export async function benchServer(): Promise<BenchSection[]> {
  const app = await startApp(APP_PORT);
  try {
    const saves = await benchClaimSaves(app);
    const render = await benchRender(app);
    const heavy = await benchHeavyJobs(app);
    const memory: BenchSection = { section: 'server memory', rows: [{ metric: 'peak resident memory of the app server over these benches (work pool threads included), MiB', value: app.peakRssMiB() }] };
    return [saves, render, heavy, memory];
  } finally {
    await app.stop();
  }
}
