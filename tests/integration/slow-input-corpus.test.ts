// Slow input (issue 12): small requests whose text makes a parser, a regex or a
// diff take seconds or minutes of CPU. The app runs on one event loop, so such a
// request stalls every other user, not only its sender. Each row sends one
// hostile request to a real server process (helpers/app-server.ts: every route
// handler under app/api, on this file's own database) while a signed-in probe
// (GET /api/verdicts) runs alongside every 100 ms, and asserts:
//   - every probe answered 200 in under PROBE_MS (others were not stalled);
//   - the hostile request ended within HOSTILE_MS with 2xx, 4xx or 503, a 4xx or
//     503 in the API's error shape {error: {code, message}};
//   - the process is still alive afterwards, and answers.
// The bounds are generous on purpose: these are not speed targets, they catch
// stalls. A row that leaves the server stalled or dead gets a fresh server for
// the next row, so one stall fails one row. A last test fails when a route that
// reads text (every POST/PUT/PATCH, and the GETs that process stored text)
// has no row.
import { db } from '@/lib/server/db';
import { listApiRoutes } from './helpers/api-routes';
import { startAppServer, stopAppServer, type AppServer } from './helpers/app-server-process';
import { seedWorld, sessionCookie } from './helpers/world';

const PROBE_EVERY_MS = 100;
const PROBE_MS = 1_000;
const HOSTILE_MS = 15_000;
/** Setting a row up (through the server too) is not what is measured, but a stall there fails the row as well. */
const SETUP_MS = 30_000;
/** A row: set-up, the hostile request, the liveness check, and a server restart after a stall. */
const ROW_TIMEOUT_MS = SETUP_MS + HOSTILE_MS + 60_000;

// GET routes that run stored or sent text through a parser, a regex or a diff (the rest only read rows).
const TEXT_GETS = ['GET /api/articles/:id/diff', 'GET /api/articles/:id/suggestions', 'GET /api/articles/:id/export', 'GET /api/claims/:id/similar'];
// next-auth's catch-all needs Next's request scope (see helpers/app-server.ts); its body is read
// by lib/server/auth/read-auth-body.ts, whose size and shape limits bad-input-corpus.test.ts covers.
const NOT_SERVED = ['POST /api/auth/[...nextauth]', 'GET /api/auth/[...nextauth]'];

type Who = 'editor' | 'reviewer' | 'admin';

interface Sent {
  method: string;
  path: string;
  as?: Who;
  json?: unknown;
  form?: FormData;
}

interface Ctx {
  /** a request through the server that must succeed with `expected`: for a row's set-up */
  ok: (expected: number, req: Sent) => Promise<any>;
}

interface Row {
  name: string;
  route: string;
  /** set when the row's stall is reproduced and its fix has not landed: `it.failing`, so the suite stays green */
  failing?: string;
  /** the hostile request, after whatever set-up it needs */
  hostile: (ctx: Ctx) => Promise<Sent>;
}

// ------------------------------------------------------------------ inputs --

/** Deterministic words (a tiny LCG), so two texts made with different seeds share almost nothing. */
function words(seed: number, chars: number, lineChars = 0): string {
  let state = seed >>> 0;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let out = '';
  let line = 0;
  while (out.length < chars) {
    const length = 2 + (next() % 8);
    let word = '';
    for (let i = 0; i < length; i++) word += letters[next() % 26];
    const gap = lineChars > 0 && line + word.length > lineChars ? '\n' : ' ';
    line = gap === '\n' ? 0 : line + word.length + 1;
    out += (out ? gap : '') + word;
  }
  return out.slice(0, chars).trimEnd();
}

/** `text` with every `every`-th word replaced: the same passage, revised. */
function reworded(text: string, every: number): string {
  let n = 0;
  return text.replace(/[a-z]+/g, (word) => (++n % every === 0 ? `${word}x` : word));
}

function htmlFile(name: string, html: string): FormData {
  const form = new FormData();
  form.set('file', new File([html], name, { type: 'text/html' }));
  return form;
}

const spanTable = (rows: number) => `<table>${'<tr><td colspan="3000" rowspan="3000"></td></tr>'.repeat(rows)}</table>`;

const QUOTE_CHARS = 10_000;
const WHITESPACE_LEAD = 'A whitespace run follows.';
/** An article with a 10,000-character run of spaces, and where that run is. */
const WHITESPACE_TEXT = `${WHITESPACE_LEAD}${' '.repeat(QUOTE_CHARS)}It ends here.`;
const whitespaceSelector = { exact: ' '.repeat(QUOTE_CHARS), start: WHITESPACE_LEAD.length, end: WHITESPACE_LEAD.length + QUOTE_CHARS };

function selectorOf(text: string, exact: string) {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`not in the text: ${exact.slice(0, 40)}`);
  return { exact, start, end: start + exact.length };
}

// Statements that stress the claim-terms and quantity regexes (lib/domain/claim-matching,
// lib/domain/claim-finder/quantities.ts): numbers after "between", a whitespace run, titles.
const STATEMENTS: [string, string][] = [
  ['"between 1" x 500', 'between 1 '.repeat(500).trim()],
  ['4,999 spaces then x', `${' '.repeat(4_999)}x`],
  ['"Mr. " x 1,250', 'Mr. '.repeat(1_250).trim()],
  ['"1," x 2,500', '1,'.repeat(2_500)],
];

// ---------------------------------------------------------------- fixtures --

async function newArticle(ctx: Ctx, text: string, title = 'Slow input'): Promise<{ id: string; text: string }> {
  const { article } = await ctx.ok(201, { method: 'POST', path: '/api/articles', as: 'editor', json: { title, text } });
  return { id: article.id, text };
}

async function newClaim(ctx: Ctx, article: { id: string; text: string }, selector: unknown, extra: Record<string, unknown> = {}) {
  return (await ctx.ok(201, { method: 'POST', path: `/api/articles/${article.id}/claims`, as: 'editor', json: { selector, ...extra } })).claim as { id: string; version: number };
}

/** A claim on a plain article with a verdict, a rationale and a source: ready to submit. */
async function readyClaim(ctx: Ctx, extra: Record<string, unknown> = {}) {
  const article = await newArticle(ctx, 'Officials said forty people attended the briefing.');
  const claim = await newClaim(ctx, article, selectorOf(article.text, 'forty people attended'), { verdict: 'false', rationale: 'The register says 12.', ...extra });
  await ctx.ok(201, { method: 'POST', path: `/api/claims/${claim.id}/sources`, as: 'editor', json: { url: 'https://example.org/register' } });
  return { article, claim: { ...claim, version: claim.version + 1 } };
}

/**
 * The article every export row renders: one claim whose every field is at its
 * size limit and full of what each format escapes, with two sources whose
 * quotes are 10,000 characters of whitespace (issue row 8). Made once.
 */
let exportArticle: Promise<string> | undefined;
function exportFixture(ctx: Ctx): Promise<string> {
  exportArticle ??= (async () => {
    const article = await newArticle(ctx, `Nine were killed.${' '.repeat(2_000)}Markdown *specials* _here_ [x](y) <b>&amp;</b> "quoted", text.`);
    const claim = await newClaim(ctx, article, selectorOf(article.text, 'Nine were killed.'), {
      statement: '"\n,'.repeat(1_666),
      verdict: 'false',
      rationale: '*_[]()#+-.!|<>~=&\\`'.repeat(2_631),
    });
    for (const quote of [' '.repeat(QUOTE_CHARS), `${'\t \n'.repeat(3_333)}x`]) {
      await ctx.ok(201, {
        method: 'POST',
        path: `/api/claims/${claim.id}/sources`,
        as: 'editor',
        json: { url: `https://example.org/${'a'.repeat(1_900)}`, title: '<&>"\''.repeat(100), publisher: '*_'.repeat(150), quote },
      });
    }
    return article.id;
  })();
  return exportArticle;
}

// -------------------------------------------------------------- the corpus --

const CORPUS: Row[] = [
  // Issue row 1: a table whose cells span 3000 x 3000 (the HTML-to-text converter lays the grid out).
  {
    name: 'issue 1: 995-byte HTML upload, 20 rows of <td colspan="3000" rowspan="3000">',
    route: 'POST /api/articles',
    hostile: async () => ({ method: 'POST', path: '/api/articles', as: 'editor', form: htmlFile('spans.html', spanTable(20)) }),
  },
  {
    name: 'issue 1: 2.5 KB HTML upload, 50 rows of <td colspan="3000" rowspan="3000">',
    route: 'POST /api/articles',
    hostile: async () => ({ method: 'POST', path: '/api/articles', as: 'editor', form: htmlFile('spans.html', spanTable(50)) }),
  },
  // Issue row 2: a whitespace run before the only word.
  {
    name: 'issue 2: article text of 150,000 spaces then x',
    route: 'POST /api/articles',
    hostile: async () => ({ method: 'POST', path: '/api/articles', as: 'editor', json: { title: 'Spaces', text: `${' '.repeat(150_000)}x` } }),
  },
  {
    name: 'issue 2: revision text of 150,000 spaces then x',
    route: 'POST /api/articles/:id/revisions',
    hostile: async (ctx) => {
      const article = await newArticle(ctx, 'A short article.');
      return { method: 'POST', path: `/api/articles/${article.id}/revisions`, as: 'editor', json: { text: `${' '.repeat(150_000)}x`, baseRevision: 1 } };
    },
  },
  // Issue row 3: a word diff of two texts with nothing in common.
  {
    name: 'issue 3: diff of two unrelated 47 KB revisions',
    route: 'GET /api/articles/:id/diff',
    hostile: async (ctx) => {
      const article = await newArticle(ctx, words(1, 47_000, 80));
      await ctx.ok(201, { method: 'POST', path: `/api/articles/${article.id}/revisions`, as: 'editor', json: { text: words(2, 47_000, 80), baseRevision: 1 } });
      return { method: 'GET', path: `/api/articles/${article.id}/diff?from=1&to=2`, as: 'editor' };
    },
  },
  // Issue row 4: one 192 KB line of punctuation the sentence splitter keeps re-scanning.
  {
    name: 'issue 4: suggestions for one line of "*! " x 64,000',
    route: 'GET /api/articles/:id/suggestions',
    hostile: async (ctx) => ({ method: 'GET', path: `/api/articles/${(await newArticle(ctx, '*! '.repeat(64_000).trimEnd())).id}/suggestions`, as: 'editor' }),
  },
  {
    name: 'suggestions for one 200 KB sentence of "between 1 "',
    route: 'GET /api/articles/:id/suggestions',
    hostile: async (ctx) => ({ method: 'GET', path: `/api/articles/${(await newArticle(ctx, 'between 1 '.repeat(20_000).trimEnd())).id}/suggestions`, as: 'editor' }),
  },
  // Issue row 5: an unclosed <title, 40,000 times (the <title> regex backtracks).
  {
    name: 'issue 5: HTML upload of "<title" x 40,000',
    route: 'POST /api/articles',
    hostile: async () => ({ method: 'POST', path: '/api/articles', as: 'editor', form: htmlFile('titles.html', '<title'.repeat(40_000)) }),
  },
  // Issue row 6: nesting the HTML parser and converter recurse through.
  {
    name: 'issue 6: HTML upload of 20,000 nested <div>s',
    route: 'POST /api/articles',
    hostile: async () => ({ method: 'POST', path: '/api/articles', as: 'editor', form: htmlFile('divs.html', `${'<div>'.repeat(20_000)}deep${'</div>'.repeat(20_000)}`) }),
  },
  {
    name: 'markdown upload of 100,000 "*_[" and a 100 KB line without a break',
    route: 'POST /api/articles',
    hostile: async () => {
      const form = new FormData();
      form.set('file', new File([`${'*_['.repeat(100_000)}\n${'x'.repeat(100_000)}`], 'marks.md', { type: 'text/markdown' }));
      return { method: 'POST', path: '/api/articles', as: 'editor', form };
    },
  },
  // Issue row 7: re-anchoring eight 10,000-character quotes a revision changed.
  {
    name: 'issue 7: a revision changing 8 claims with 10,000-character quotes',
    route: 'POST /api/articles/:id/revisions',
    hostile: async (ctx) => {
      const quotes = Array.from({ length: 8 }, (_, i) => words(100 + i, QUOTE_CHARS));
      const article = await newArticle(ctx, quotes.join('\n\n'));
      for (const quote of quotes) await newClaim(ctx, article, selectorOf(article.text, quote));
      return {
        method: 'POST',
        path: `/api/articles/${article.id}/revisions`,
        as: 'editor',
        json: { text: ['A new opening paragraph.', ...quotes.map((q) => reworded(q, 3))].join('\n\n'), baseRevision: 1 },
      };
    },
  },
  // Issue row 8, and the other formats of the same report: long, whitespace-only and escape-heavy fields.
  ...['md', 'pdf', 'html', 'csv', 'json', 'claimreview', 'w3c'].map((format): Row => ({
    // The PDF render (pdfkit laying out these fields) held the event loop 1.0-1.6 s on the request thread, over
    // the probe's bound in 4 of 5 runs; it runs on the work pool now (lib/server/work).
    name: `${['md', 'pdf', 'html'].includes(format) ? 'issue 8: ' : ''}export format=${format} of a 10,000-character whitespace source quote and fields at their limits`,
    route: 'GET /api/articles/:id/export',
    hostile: async (ctx) => ({ method: 'GET', path: `/api/articles/${await exportFixture(ctx)}/export?format=${format}&scope=all`, as: 'editor' }),
  })),
  // Claim statements go through the claim-terms and quantity regexes when indexed and when compared.
  ...STATEMENTS.map(([what, statement]): Row => ({
    name: `create a claim whose statement is ${what}`,
    route: 'POST /api/articles/:id/claims',
    hostile: async (ctx) => {
      const article = await newArticle(ctx, 'Officials said forty people attended.');
      return { method: 'POST', path: `/api/articles/${article.id}/claims`, as: 'editor', json: { selector: selectorOf(article.text, 'forty people'), statement } };
    },
  })),
  ...STATEMENTS.map(([what, statement]): Row => ({
    name: `similar claims of a claim whose statement is ${what}`,
    route: 'GET /api/claims/:id/similar',
    hostile: async (ctx) => {
      const article = await newArticle(ctx, 'Officials said forty people attended.');
      // A second claim with the same words, so there is a candidate to compare with.
      await newClaim(ctx, article, selectorOf(article.text, 'Officials said'), { statement: statement.slice(0, 2_000) });
      const claim = await newClaim(ctx, article, selectorOf(article.text, 'forty people'), { statement });
      return { method: 'GET', path: `/api/claims/${claim.id}/similar`, as: 'editor' };
    },
  })),
  {
    name: 'create a claim on a 10,000-character whitespace quote, with 1,000-character prefix and suffix that disagree',
    route: 'POST /api/articles/:id/claims',
    hostile: async (ctx) => {
      const article = await newArticle(ctx, WHITESPACE_TEXT);
      return { method: 'POST', path: `/api/articles/${article.id}/claims`, as: 'editor', json: { selector: { ...whitespaceSelector, prefix: ' '.repeat(999) + 'q', suffix: 'q' + ' '.repeat(999) } } };
    },
  },
  {
    name: 'edit a claim: 5,000-character statement of "1 " and a 50,000-character rationale of markdown specials',
    route: 'PATCH /api/claims/:id',
    hostile: async (ctx) => {
      const { claim } = await readyClaim(ctx);
      return { method: 'PATCH', path: `/api/claims/${claim.id}`, as: 'editor', json: { version: claim.version, statement: '1 '.repeat(2_500), rationale: '*_[]('.repeat(10_000) } };
    },
  },
  {
    name: 're-attach a claim to a 10,000-character whitespace quote',
    route: 'POST /api/claims/:id/anchor',
    hostile: async (ctx) => {
      const article = await newArticle(ctx, WHITESPACE_TEXT);
      const claim = await newClaim(ctx, article, selectorOf(article.text, 'It ends here.'));
      return { method: 'POST', path: `/api/claims/${claim.id}/anchor`, as: 'editor', json: { version: claim.version, selector: whitespaceSelector } };
    },
  },
  {
    name: 'dismiss a suggestion of 10,000 whitespace characters',
    route: 'POST /api/articles/:id/suggestions/dismissals',
    hostile: async (ctx) => ({ method: 'POST', path: `/api/articles/${(await newArticle(ctx, WHITESPACE_TEXT)).id}/suggestions/dismissals`, as: 'editor', json: whitespaceSelector }),
  },
  {
    name: 'add a source: 10,000-character whitespace quote, a 2,000-character URL of percent signs',
    route: 'POST /api/claims/:id/sources',
    hostile: async (ctx) => {
      const { claim } = await readyClaim(ctx);
      return {
        method: 'POST',
        path: `/api/claims/${claim.id}/sources`,
        as: 'editor',
        json: { url: `https://example.org/${'%2'.repeat(660)}`, title: '<'.repeat(500), quote: `${' '.repeat(QUOTE_CHARS - 1)}x`, reliabilityNote: '\n'.repeat(2_000) },
      };
    },
  },
  {
    name: 'correct a source: 10,000-character quote of "*! "',
    route: 'PATCH /api/claims/:id/sources/:sourceId',
    hostile: async (ctx) => {
      const { claim } = await readyClaim(ctx);
      const { claim: full } = await ctx.ok(200, { method: 'GET', path: `/api/claims/${claim.id}`, as: 'editor' });
      return { method: 'PATCH', path: `/api/claims/${claim.id}/sources/${full.sources[0].id}`, as: 'editor', json: { quote: '*! '.repeat(3_333), publisher: ' '.repeat(300) } };
    },
  },
  {
    name: 'submit a claim whose statement and rationale are at their limits',
    route: 'POST /api/claims/:id/submit',
    hostile: async (ctx) => {
      const { claim } = await readyClaim(ctx, { statement: `${' '.repeat(4_999)}x`, rationale: '*! '.repeat(16_666) });
      return { method: 'POST', path: `/api/claims/${claim.id}/submit`, as: 'editor', json: { version: claim.version } };
    },
  },
  {
    name: 'restore a deleted claim with a 10,000-character quote after a revision reworded it (re-anchored on the way back)',
    route: 'POST /api/claims/:id/restore',
    hostile: async (ctx) => {
      const quote = words(200, QUOTE_CHARS);
      const article = await newArticle(ctx, quote);
      const claim = await newClaim(ctx, article, selectorOf(article.text, quote), { statement: `${' '.repeat(4_999)}x` });
      await ctx.ok(204, { method: 'DELETE', path: `/api/claims/${claim.id}`, as: 'editor' });
      await ctx.ok(201, { method: 'POST', path: `/api/articles/${article.id}/revisions`, as: 'editor', json: { text: `A new opening paragraph.\n\n${reworded(quote, 3)}`, baseRevision: 1 } });
      return { method: 'POST', path: `/api/claims/${claim.id}/restore`, as: 'editor' };
    },
  },
  {
    name: 'review a claim with a 10,000-character comment of whitespace and "@"',
    route: 'POST /api/claims/:id/review',
    hostile: async (ctx) => {
      const { claim } = await readyClaim(ctx);
      const { claim: submitted } = await ctx.ok(200, { method: 'POST', path: `/api/claims/${claim.id}/submit`, as: 'editor', json: { version: claim.version } });
      return { method: 'POST', path: `/api/claims/${claim.id}/review`, as: 'reviewer', json: { version: submitted.version, decision: 'request_changes', comment: ' @'.repeat(4_999) + 'x' } };
    },
  },
  {
    name: 'publish an article whose approved claim has a statement and rationale at their limits, with a body it does not read',
    route: 'POST /api/articles/:id/publication',
    hostile: async (ctx) => {
      const { article, claim } = await readyClaim(ctx, { statement: `${' '.repeat(4_999)}x`, rationale: '*! '.repeat(16_666) });
      const { claim: submitted } = await ctx.ok(200, { method: 'POST', path: `/api/claims/${claim.id}/submit`, as: 'editor', json: { version: claim.version } });
      await ctx.ok(200, { method: 'POST', path: `/api/claims/${claim.id}/review`, as: 'reviewer', json: { version: submitted.version, decision: 'approve' } });
      return { method: 'POST', path: `/api/articles/${article.id}/publication`, as: 'reviewer', json: { junk: '{['.repeat(20_000) } };
    },
  },
  {
    name: 'comment on a claim: 10,000 characters of "@a " and whitespace',
    route: 'POST /api/claims/:id/comments',
    hostile: async (ctx) => ({ method: 'POST', path: `/api/claims/${(await readyClaim(ctx)).claim.id}/comments`, as: 'editor', json: { body: `${'@a '.repeat(1_666)}${' '.repeat(4_999)}x` } }),
  },
  {
    name: 'assign an article to ids of 100 characters of percent signs and spaces, with 1 MB of nested arrays beside them',
    route: 'PUT /api/articles/:id/assignment',
    hostile: async (ctx) => ({
      method: 'PUT',
      path: `/api/articles/${(await readyClaim(ctx)).article.id}/assignment`,
      as: 'reviewer',
      json: { editorId: '%'.repeat(100), reviewerId: `${' '.repeat(99)}x`, junk: [[[[' '.repeat(1_000_000)]]]] },
    }),
  },
  {
    name: 'assign a claim to 100-character ids that look like SQL',
    route: 'PUT /api/claims/:id/assignment',
    hostile: async (ctx) => ({
      method: 'PUT',
      path: `/api/claims/${(await readyClaim(ctx)).claim.id}/assignment`,
      as: 'reviewer',
      json: { editorId: `' OR 1=1 --${'x'.repeat(89)}`, reviewerId: "'".repeat(100) },
    }),
  },
  {
    name: 'mark 100 notifications read by ids of 100 characters each',
    route: 'POST /api/notifications/read',
    hostile: async () => ({ method: 'POST', path: '/api/notifications/read', as: 'editor', json: { ids: Array.from({ length: 100 }, (_, i) => `${'%'.repeat(97)}${String(i).padStart(3, '0')}`) } }),
  },
  {
    name: 'create a user with a 5,000-character e-mail address and name',
    route: 'POST /api/users',
    hostile: async () => ({
      method: 'POST',
      path: '/api/users',
      as: 'admin',
      json: { email: `${'a.'.repeat(2_480)}@${'b.'.repeat(20)}example.com`, name: ' '.repeat(4_999) + 'x', role: 'EDITOR', password: 'a'.repeat(255) + 'b' },
    }),
  },
  {
    name: 'edit a user: a 10,000-character name of whitespace',
    route: 'PATCH /api/users/:id',
    hostile: async (ctx) => {
      const { users } = await ctx.ok(200, { method: 'GET', path: '/api/users', as: 'admin' });
      const editor2 = users.find((u: { email: string }) => u.email === 'editor2@example.com');
      return { method: 'PATCH', path: `/api/users/${editor2.id}`, as: 'admin', json: { name: `${' '.repeat(QUOTE_CHARS - 1)}x` } };
    },
  },
  {
    name: 'reset a password, with a 1 MB body of nested JSON',
    route: 'POST /api/users/:id/password-reset',
    hostile: async (ctx) => {
      const { users } = await ctx.ok(200, { method: 'GET', path: '/api/users', as: 'admin' });
      const editor2 = users.find((u: { email: string }) => u.email === 'editor2@example.com');
      return { method: 'POST', path: `/api/users/${editor2.id}/password-reset`, as: 'admin', json: { note: [[[[' '.repeat(1_000_000)]]]] } };
    },
  },
  {
    name: 'change my password to 100,000 characters made of my own name',
    route: 'PATCH /api/me/password',
    hostile: async () => ({ method: 'PATCH', path: '/api/me/password', as: 'reviewer', json: { currentPassword: 'wrong', newPassword: 'reviewer'.repeat(12_500) } }),
  },
  {
    name: 'rename the verdicts to 10,000-character labels of whitespace',
    route: 'PUT /api/verdicts',
    hostile: async (ctx) => {
      const { verdicts } = await ctx.ok(200, { method: 'GET', path: '/api/verdicts', as: 'admin' });
      return { method: 'PUT', path: '/api/verdicts', as: 'admin', json: { verdicts: verdicts.map((v: Record<string, unknown>) => ({ ...v, label: `${' '.repeat(QUOTE_CHARS - 1)}x` })) } };
    },
  },
  // Query strings: long values for the regexes that validate them. Node's HTTP server (Next's too)
  // refuses a request line and headers over 16 KB (431) before any route runs, so these stay under it.
  {
    name: 'review queue with a 7,000-digit minAgeHours',
    route: 'GET /api/review-queue',
    hostile: async () => ({ method: 'GET', path: `/api/review-queue?minAgeHours=1.${'0'.repeat(7_000)}x&articleId=${'%20'.repeat(2_000)}`, as: 'reviewer' }),
  },
  {
    name: 'diff with 7,000-digit revision numbers',
    route: 'GET /api/articles/:id/diff',
    hostile: async (ctx) => ({ method: 'GET', path: `/api/articles/${(await newArticle(ctx, 'A short article.')).id}/diff?from=${'0'.repeat(7_000)}1&to=${'9'.repeat(7_000)}x`, as: 'editor' }),
  },
];

// ------------------------------------------------------------------ harness --

let server: AppServer | null = null;
let cookies: Record<Who, string>;

async function send(req: Sent, timeoutMs: number): Promise<Response> {
  const headers: Record<string, string> = {};
  if (req.as) headers.cookie = cookies[req.as];
  let body: BodyInit | undefined;
  if (req.json !== undefined) {
    body = JSON.stringify(req.json);
    headers['content-type'] = 'application/json';
  } else if (req.form) body = req.form;
  return fetch(server!.base + req.path, { method: req.method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
}

const ctx: Ctx = {
  async ok(expected, req) {
    const res = await send(req, SETUP_MS);
    const text = await res.text();
    if (res.status !== expected) throw new Error(`set-up ${req.method} ${req.path.slice(0, 80)}: expected ${expected}, got ${res.status} ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : null;
  },
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const alive = (s: AppServer) => s.child.exitCode === null && s.child.signalCode === null;

/** The probe: a signed-in read every PROBE_EVERY_MS while `running`; each answer's status and time. */
async function probe(running: () => boolean, seen: { status: number | string; ms: number }[]): Promise<void> {
  while (running()) {
    const t0 = performance.now();
    try {
      const res = await send({ method: 'GET', path: '/api/verdicts', as: 'editor' }, PROBE_MS);
      await res.arrayBuffer();
      seen.push({ status: res.status, ms: Math.round(performance.now() - t0) });
    } catch (error) {
      seen.push({ status: `no answer (${(error as Error).name})`, ms: Math.round(performance.now() - t0) });
    }
    await sleep(PROBE_EVERY_MS);
  }
}

/** Everything wrong with how the server took `req`: empty when all is well; plus a one-line summary. */
async function underProbe(req: Sent): Promise<{ problems: string[]; summary: string }> {
  const problems: string[] = [];
  const probes: { status: number | string; ms: number }[] = [];
  let running = true;
  const probing = probe(() => running, probes);
  const t0 = performance.now();
  let status: number | string;
  try {
    const res = await send(req, HOSTILE_MS);
    const text = await res.text();
    status = res.status;
    // Refused before its text was read (signed out, not allowed, no such target, stale version): the row tests nothing.
    if ([401, 403, 404, 409].includes(status)) problems.push(`answered ${status} before reading the input (the row is broken): ${text.slice(0, 200)}`);
    else if (!((status >= 200 && status < 300) || (status >= 400 && status < 500) || status === 503)) {
      problems.push(`answered ${status}: ${text.slice(0, 200)}`);
    } else if (status >= 400) {
      let body: any;
      try {
        body = JSON.parse(text);
      } catch {
        body = text.slice(0, 200);
      }
      if (!(typeof body?.error?.code === 'string' && typeof body?.error?.message === 'string')) problems.push(`${status} not in the error shape: ${JSON.stringify(body).slice(0, 200)}`);
    }
  } catch (error) {
    status = `no answer (${(error as Error).name})`;
    problems.push(`no answer within ${HOSTILE_MS} ms`);
  }
  const hostileMs = Math.round(performance.now() - t0);
  running = false;
  await probing;

  const slow = probes.filter((p) => p.status !== 200 || p.ms >= PROBE_MS);
  if (slow.length > 0)
    problems.push(
      `${slow.length} of ${probes.length} probes stalled or refused: ${slow
        .slice(0, 3)
        .map((p) => `${p.status} in ${p.ms} ms`)
        .join(', ')}`,
    );
  if (probes.length === 0) problems.push('no probe ran');

  const s = server!;
  if (!alive(s)) problems.push(`the server died: ${s.stderr().slice(-300)}`);
  else {
    try {
      const res = await send({ method: 'GET', path: '/api/verdicts', as: 'editor' }, 5_000);
      if (res.status !== 200) problems.push(`afterwards the server answers ${res.status}`);
    } catch {
      problems.push('afterwards the server does not answer within 5 s');
    }
  }
  const worst = Math.max(0, ...probes.map((p) => p.ms));
  return { problems, summary: `${status} in ${hostileMs} ms; ${probes.length} probes, slowest ${worst} ms` };
}

// --------------------------------------------------------------- the tests --

jest.setTimeout(ROW_TIMEOUT_MS);

const timings: string[] = [];

beforeAll(async () => {
  const world = await seedWorld();
  cookies = { editor: await sessionCookie(world.editor), reviewer: await sessionCookie(world.reviewer), admin: await sessionCookie(world.admin) };
}, 60_000);

afterAll(async () => {
  if (server) await stopAppServer(server);
  console.log(timings.join('\n'));
  await db.$disconnect();
}, 30_000);

describe('slow input: no request stalls the server for everyone else', () => {
  for (const row of CORPUS) {
    (row.failing ? it.failing : it)(`${row.route}: ${row.name}`, async () => {
      if (!server || !alive(server)) {
        server = await startAppServer();
        // A fresh process's first request opens the database connection: that wait is not the row's input's.
        await ctx.ok(200, { method: 'GET', path: '/api/verdicts', as: 'editor' });
      }
      let req: Sent;
      try {
        req = await row.hostile(ctx);
      } catch (error) {
        // A set-up request that stalled leaves the server busy: the next row gets a fresh one.
        await stopAppServer(server);
        server = null;
        throw error;
      }
      const { problems, summary } = await underProbe(req);
      timings.push(`${problems.length ? 'FAIL' : 'ok  '} ${row.route}: ${row.name}: ${summary}${problems.length ? ` — ${problems.join('; ')}` : ''}`);
      // A stalled or dead server would fail the next rows too: they get a fresh one.
      if (problems.length > 0 && server) {
        await stopAppServer(server);
        server = null;
      }
      expect([row.route, problems]).toEqual([row.route, []]);
    });
  }
});

describe('the corpus', () => {
  it('has a row for every route that reads text: every POST, PUT and PATCH, and the GETs that process text', () => {
    const all = listApiRoutes();
    const readsText = all.filter((r) => /^(POST|PUT|PATCH) /.test(r) || TEXT_GETS.includes(r)).filter((r) => !NOT_SERVED.includes(r));
    const covered = new Set(CORPUS.map((row) => row.route));
    expect(readsText.filter((r) => !covered.has(r))).toEqual([]);
    // Rows name real routes, and only next-auth's are left unserved.
    expect([...covered].filter((r) => !all.includes(r))).toEqual([]);
    expect(all.filter((r) => r.includes('/api/auth/')).sort()).toEqual([...NOT_SERVED].sort());
  });
});
