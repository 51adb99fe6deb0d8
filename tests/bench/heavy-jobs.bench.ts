// Heavy jobs through the work pool (lib/server/work), on the running app: each
// heavy request is sent while a probe (GET /api/verdicts: session check, user,
// one read) runs alongside, one after another with PROBE_GAP_MS between them.
// Reports the heavy request's median time and the probe's p99 over the measured
// runs (target < 50 ms: the desk does not notice someone's big job).
// Quick (CI): every job on a tenth of the sizes (100 KB, 100 claims), one
// measured run after the unmeasured one, 1 s of the probe alone.
import { Buffer } from 'node:buffer';
import { signIn, type AppServer } from './app-server';
import { editArticle, makeClaims } from './article-edits';
import { createRng, generateArticle, renderArticle, type ArticleModel } from './article-generator';
import { percentile, round, type BenchOptions, type BenchRow, type BenchSection } from './report';

const SEED = 20261130;
const FULL = { textBytes: 1_000_000, htmlBytes: 1_000_000, claims: 1_000, runs: 3, probeAloneMs: 3_000 };
const QUICK = { textBytes: 100_000, htmlBytes: 100_000, claims: 100, runs: 1, probeAloneMs: 1_000 };
type Sizes = typeof FULL;
const PROBE_GAP_MS = 10;
const PROBE_TARGET_MS = 50;

/** '1 MB', '100 KB': how the row labels name a size. */
const sizeLabel = (bytes: number) => (bytes >= 1_000_000 ? `${bytes / 1_000_000} MB` : `${bytes / 1_000} KB`);

interface Measured {
  times: number[];
  probes: number[];
  statuses: number[];
}

const ascending = (values: number[]) => [...values].sort((a, b) => a - b);

/** The heavy request, with probes sent one after another until it is answered. */
async function underProbe(base: string, cookie: string, heavy: () => Promise<Response>): Promise<{ ms: number; status: number; probes: number[] }> {
  const probes: number[] = [];
  let done = false;
  const probing = (async () => {
    while (!done) {
      const t0 = performance.now();
      const res = await fetch(`${base}/api/verdicts`, { headers: { cookie } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`probe answered HTTP ${res.status}`);
      probes.push(performance.now() - t0);
      await new Promise((resolve) => setTimeout(resolve, PROBE_GAP_MS));
    }
  })();
  const t0 = performance.now();
  const res = await heavy();
  await res.arrayBuffer();
  const ms = performance.now() - t0;
  done = true;
  await probing;
  return { ms, status: res.status, probes };
}

/** One unmeasured run (the pool's thread loads its code on first use), then `runs` measured ones. */
async function measure(base: string, cookie: string, heavy: (run: number) => Promise<Response>, runs: number): Promise<Measured> {
  const out: Measured = { times: [], probes: [], statuses: [] };
  for (let run = 0; run <= runs; run += 1) {
    const { ms, status, probes } = await underProbe(base, cookie, () => heavy(run));
    out.statuses.push(status);
    if (run === 0) continue;
    out.times.push(ms);
    out.probes.push(...probes);
  }
  return out;
}

const probeFigures = (probes: number[]) => `${round(percentile(ascending(probes), 0.5))} / ${round(percentile(ascending(probes), 0.99))} / ${Math.round(Math.max(...probes))}`;

function rows(label: string, expected: number, m: Measured): BenchRow[] {
  const wrong = m.statuses.filter((s) => s !== expected);
  const p99 = round(percentile(ascending(m.probes), 0.99));
  return [
    { metric: `${label}: median ms of ${m.times.length}${wrong.length ? ` (answered ${wrong.join(', ')}, not ${expected})` : ''}`, value: Math.round(percentile(ascending(m.times), 0.5)), ...(wrong.length ? { pass: false } : {}) },
    { metric: `${label}: probe p50 / p99 / max ms (${m.probes.length} probes)`, value: probeFigures(m.probes), target: `p99 < ${PROBE_TARGET_MS} ms`, pass: p99 < PROBE_TARGET_MS },
  ];
}

/** The probe with nothing heavy running: what the figures above are compared with. */
async function probeAlone(base: string, cookie: string, ms: number): Promise<BenchRow> {
  const { probes } = await underProbe(base, cookie, async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return new Response(null);
  });
  return { metric: `probe alone (GET /api/verdicts every ${PROBE_GAP_MS} ms, nothing heavy running): p50 / p99 / max ms (${probes.length} probes)`, value: probeFigures(probes) };
}

/** Paragraphs of the model until the text would pass `bytes` (UTF-8: the generator's curly quotes are 3 bytes). */
function within(article: ArticleModel, bytes: number): ArticleModel {
  const kept = [...article];
  while (Buffer.byteLength(renderArticle(kept)) > bytes) kept.pop();
  return kept;
}

/** A news page of about `bytes` of markup: header, navigation, paragraphs with links and emphasis, a table now and then. */
function newsPage(article: ArticleModel, bytes: number): string {
  const head = '<!doctype html><html><head><meta charset="utf-8"><title>Bench import</title><style>p{margin:0}</style></head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header><article><h1>Bench import</h1>';
  const parts: string[] = [head];
  let size = head.length;
  for (let i = 0; size < bytes; i += 1) {
    const paragraph = article[i % article.length];
    const html = `<p>${paragraph.map((s, j) => (j === 0 ? `<a href="https://example.org/${i}">${s.join(' ')}</a>` : j === 1 ? `<em>${s.join(' ')}</em>` : s.join(' '))).join(' ')}</p>`;
    const table = i % 25 === 24 ? `<table><tr><th>Place</th><th>Count</th></tr>${'<tr><td>Alrim</td><td>40</td></tr>'.repeat(8)}</table>` : '';
    parts.push(html, table);
    size += Buffer.byteLength(html) + table.length;
  }
  parts.push('</article></body></html>');
  return parts.join('');
}

/** One heavy request kind: its row label, the status it must answer, and how to send run number `run`. */
export interface HeavyJob {
  label: string;
  expected: number;
  send: (run: number) => Promise<Response>;
}

/** Sets up the article (1,000 claims on 1 MB of text; quick: 100 on 100 KB) and returns the jobs, in the order they must run. */
export async function heavyJobs(base: string, cookie: string, sizes: Sizes = FULL): Promise<{ facts: BenchRow[]; jobs: HeavyJob[] }> {
  const { textBytes, htmlBytes, claims: claimCount } = sizes;
  const textSize = sizeLabel(textBytes);
  const post = (path: string, body: unknown) =>
    fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
  const get = (path: string) => fetch(`${base}${path}`, { headers: { cookie } });
  const expectOk = async (res: Response, status: number, what: string) => {
    if (res.status !== status) throw new Error(`${what}: HTTP ${res.status} ${await res.text()}`);
    return res.json();
  };

  const rng = createRng(SEED);
  const model = within(generateArticle(SEED, textBytes), textBytes);
  const text = renderArticle(model);
  const { article } = await expectOk(await post('/api/articles', { title: 'Heavy jobs bench', text }), 201, `importing the ${textSize} article`);
  const claims = makeClaims(model, claimCount, rng);
  for (let i = 0; i < claims.length; i += 16) {
    await Promise.all(claims.slice(i, i + 16).map(async ({ selector }) => expectOk(await post(`/api/articles/${article.id}/claims`, { selector }), 201, 'creating a claim')));
  }
  // A few words longer or shorter than the original: still far under the 1 MiB limit.
  const editedText = editArticle(model, claims, 0.1, rng).newText;
  const unrelated = renderArticle(within(generateArticle(SEED + 1, textBytes), textBytes));
  const html = newsPage(model, htmlBytes);
  // Each re-anchoring run is a new revision of every claim: edited, back to the original, edited again...
  let latest = 1;
  const revise = async (next: string) => {
    const res = await post(`/api/articles/${article.id}/revisions`, { text: next, baseRevision: latest });
    if (res.status === 201) latest += 1;
    return res;
  };
  let unrelatedRevision = 0;

  const facts: BenchRow[] = [
    { metric: 'article text bytes / claims', value: `${Buffer.byteLength(text)} / ${claims.length}` },
    { metric: 'HTML file bytes', value: Buffer.byteLength(html) },
  ];
  const jobs: HeavyJob[] = [
    {
      label: `import of a ${sizeLabel(htmlBytes)} HTML file`,
      expected: 201,
      send: (run) => {
        const form = new FormData();
        form.set('file', new Blob([html], { type: 'text/html' }), `bench-${run}.html`);
        return fetch(`${base}/api/articles`, { method: 'POST', headers: { cookie }, body: form });
      },
    },
    { label: `suggestions on the ${textSize} article`, expected: 200, send: () => get(`/api/articles/${article.id}/suggestions`) },
    { label: `PDF of ${claimCount} claims on the ${textSize} article`, expected: 200, send: () => get(`/api/articles/${article.id}/export?format=pdf&scope=all`) },
    { label: `HTML report of ${claimCount} claims on the ${textSize} article`, expected: 200, send: () => get(`/api/articles/${article.id}/export?format=html&scope=all`) },
    {
      label: `re-anchoring ${claimCount} claims (a revision of the ${textSize} article, 10% of claimed text edited)`,
      expected: 201,
      send: () => revise(latest % 2 === 1 ? editedText : text),
    },
    { label: `diff of two ${textSize} revisions (10% of claimed text edited)`, expected: 200, send: () => get(`/api/articles/${article.id}/diff?from=1&to=2`) },
    {
      label: `diff of two unrelated ${textSize} revisions`,
      expected: 200,
      send: async () => {
        if (!unrelatedRevision) {
          await expectOk(await revise(unrelated), 201, 'adding an unrelated revision');
          unrelatedRevision = latest;
        }
        return get(`/api/articles/${article.id}/diff?from=1&to=${unrelatedRevision}`);
      },
    },
  ];
  return { facts, jobs };
}

export async function benchHeavyJobs(app: AppServer, { quick }: BenchOptions): Promise<BenchSection> {
  const sizes = quick ? QUICK : FULL;
  const cookie = await signIn(app.base, 'editor@example.com');
  const { facts, jobs } = await heavyJobs(app.base, cookie, sizes);
  const out = [...facts, await probeAlone(app.base, cookie, sizes.probeAloneMs)];
  for (const job of jobs) out.push(...rows(job.label, job.expected, await measure(app.base, cookie, job.send, sizes.runs)));
  return { section: 'heavy jobs through the work pool', rows: out };
}
