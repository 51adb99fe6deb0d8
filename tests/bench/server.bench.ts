// Server benches, against a production build of the app on a fresh database:
// - claim saves at 1, 16 and 64 clients against a same-work and a bare server
//   (claim-saves.bench.ts);
// - time until the workbench shows every highlight of a 500-claim article in
//   Chromium (target < 1 s);
// - the heavy jobs through the work pool, with a probe's p99 alongside
//   (heavy-jobs.bench.ts);
// - the server's peak memory over the whole run.
// Quick (CI): the same build and app; 16 clients only with 1 s windows, 50
// claims rendered, the heavy jobs on a tenth of the sizes.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { splitSentences } from '../../lib/domain/claim-finder/sentences';
import { generateArticle, renderArticle } from './article-generator';
import { startApp, signIn, type AppServer } from './app-server';
import { benchClaimSaves } from './claim-saves.bench';
import { benchHeavyJobs } from './heavy-jobs.bench';
import type { BenchOptions, BenchSection } from './report';

const APP_PORT = 3200;
const FULL_RENDER_CLAIMS = 500;
const QUICK_RENDER_CLAIMS = 50;
const RENDER_TARGET_MS = 1_000;

async function benchRender(app: AppServer, { quick }: BenchOptions): Promise<BenchSection> {
  const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) return { section: 'workbench render', rows: [{ metric: `skipped: no Chromium at ${chromiumPath}`, value: '-', unmeasured: true }] };
  const renderClaims = quick ? QUICK_RENDER_CLAIMS : FULL_RENDER_CLAIMS;
  const cookie = await signIn(app.base, 'editor@example.com');
  const text = renderArticle(generateArticle(20261124, quick ? 6_000 : 60_000));
  const created = await fetch(`${app.base}/api/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ title: 'Render bench', text }),
  });
  const articleId = ((await created.json()) as { article: { id: string } }).article.id;
  const sentences = splitSentences(text);
  const step = sentences.length / renderClaims;
  const chosen = Array.from({ length: renderClaims }, (_, i) => sentences[Math.floor(i * step)]);
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
        return { name: pair.slice(0, eq), value: pair.slice(eq + 1), domain: new URL(app.base).hostname, path: '/' };
      }),
    );
    const page = await context.newPage();
    const times: number[] = [];
    for (let run = 0; run < (quick ? 2 : 4); run += 1) {
      await page.goto(`${app.base}/articles/${articleId}`, { waitUntil: 'commit' });
      await page.waitForFunction(
        (n) => {
          const ids = new Set<string>();
          for (const mark of document.querySelectorAll('mark[data-claim-ids]')) for (const id of (mark.getAttribute('data-claim-ids') ?? '').split(' ')) if (id) ids.add(id);
          return ids.size >= n;
        },
        renderClaims,
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
        { metric: `all ${renderClaims} highlights shown, first load (cold cache) ms`, value: Math.round(cold) },
        { metric: `all ${renderClaims} highlights shown, median of ${warm.length} reloads ms`, value: median, target: `< ${RENDER_TARGET_MS} ms`, pass: median < RENDER_TARGET_MS },
      ],
    };
  } finally {
    await browser.close();
  }
}

export async function benchServer(options: BenchOptions): Promise<BenchSection[]> {
  const app = await startApp(APP_PORT);
  try {
    // One figure per section as well as the whole run's peak, so a change in the peak can be traced to the work that made it.
    const started = app.rssMiB();
    app.peakSinceMarkMiB();
    const saves = await benchClaimSaves(app, options);
    const savesPeak = app.peakSinceMarkMiB();
    const render = await benchRender(app, options);
    const renderPeak = app.peakSinceMarkMiB();
    const heavy = await benchHeavyJobs(app, options);
    const heavyPeak = app.peakSinceMarkMiB();
    const memory: BenchSection = {
      section: 'server memory',
      rows: [
        { metric: 'resident memory of the app server once started, before any bench, MiB', value: started },
        { metric: 'peak during the claim saves, MiB', value: savesPeak },
        { metric: `peak during the ${options.quick ? QUICK_RENDER_CLAIMS : FULL_RENDER_CLAIMS}-claim render, MiB`, value: renderPeak },
        { metric: 'peak during the heavy jobs (work pool threads included), MiB', value: heavyPeak },
        { metric: 'peak resident memory of the app server over these benches (work pool threads included), MiB', value: app.peakRssMiB() },
      ],
    };
    return [saves, render, heavy, memory];
  } finally {
    await app.stop();
  }
}
