// Building blocks of the bad-input corpus (tests/integration/bad-input-corpus.test.ts):
// its fixtures, how a case becomes a request, what every refusal must look
// like, and generators of malformed, mis-encoded, oversized and out-of-range
// variants of a good request. The corpus table and the tests stay in the test file.
import { NextRequest } from 'next/server';
import { MAX_BODY_BYTES } from '@/lib/validation/limits';
import { QUOTES, readyClaimAs, selectionOf, submittedClaimAs } from './api';
import { matrixFixtures } from './matrix-fixtures';
import { sessionCookie, type TestUser } from './world';

export type Handler = (req: NextRequest, ctx: { params: Promise<any> }) => Promise<Response>;
export type Fixtures = Awaited<ReturnType<typeof corpusFixtures>>;
export type Values = Record<string, string>;
export type Json = Record<string, unknown>;

/** What a case sends as its body. */
export type Body = { json: unknown } | { bytes: Uint8Array | string; type?: string; length?: string } | { stream: () => ReadableStream<Uint8Array>; type?: string } | { form: () => FormData };

export interface Case {
  name: string;
  status: number;
  code?: string;
  /** a `details` key the refusal must name (the offending field) */
  field?: string;
  /** what error.message must say, when the status alone could come from elsewhere */
  message?: RegExp;
  /** what error.details must say */
  details?: RegExp;
  query?: string;
  /** request headers besides the session (e.g. Last-Event-ID) */
  headers?: Record<string, string>;
  values?: (f: Fixtures) => Values;
  body?: (f: Fixtures) => Body;
}

export interface RouteCorpus {
  route: string;
  handler: Handler;
  /** ids of the target a good request would act on */
  values: (f: Fixtures) => Values;
  cases: Case[];
  /** a good request from the same caller on a fresh target: must succeed (proves the refusals are about input) */
  control: (f: Fixtures) => Promise<{ values: Values; query?: string; body?: unknown; status: number }>;
}

// ---------------------------------------------------------------- fixtures --

export async function corpusFixtures() {
  const m = await matrixFixtures();
  const { world, article } = m;
  const ready = await readyClaimAs(world.editor, article, QUOTES.wounded);
  const other = await readyClaimAs(world.editor, article, QUOTES.hamrin);
  const inReview = await submittedClaimAs(world.editor, article, QUOTES.troops);
  return {
    ...m,
    admin: world.admin,
    /** the editor's DRAFT claim with a verdict and a source: editable, submittable, deletable by an admin */
    ready,
    readySource: ready.sources[0].id,
    /** a source of another claim, never to be reached through `ready`'s path */
    otherSource: other.sources[0].id,
    /** the editor's claim in review: the admin may review it */
    inReview,
  };
}

// ------------------------------------------------------------ the requests --

export const BASE = 'http://localhost:3000';

export function pathOf(route: string, values: Values): string {
  return route.split(' ')[1].replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(values[name] ?? `:${name}`));
}

export async function buildRequest(method: string, url: string, as: TestUser, body?: Body, extraHeaders: Record<string, string> = {}): Promise<NextRequest> {
  const headers = new Headers({ ...extraHeaders, cookie: await sessionCookie(as) });
  let payload: BodyInit | undefined;
  if (body && 'json' in body) {
    payload = JSON.stringify(body.json);
    headers.set('content-type', 'application/json');
  } else if (body && 'bytes' in body) {
    payload = typeof body.bytes === 'string' ? body.bytes : Buffer.from(body.bytes);
    // A string body would default to text/plain; say what the case means.
    headers.set('content-type', body.type ?? 'application/json');
    if (body.type === '') headers.delete('content-type');
    if (body.length !== undefined) headers.set('content-length', body.length);
  } else if (body && 'stream' in body) {
    payload = body.stream();
    if (body.type !== undefined) headers.set('content-type', body.type);
  } else if (body && 'form' in body) {
    payload = body.form();
  }
  // `duplex` lets a stream be a request body (undici insists on it).
  const init = { method, headers, body: payload, duplex: 'half' } as ConstructorParameters<typeof NextRequest>[1];
  return new NextRequest(new URL(url, BASE), init);
}

// ----------------------------------------------------------- the assertions --

/** Stack frames, file paths and driver internals: none may reach a client. */
export const LEAKS: [string, RegExp][] = [
  ['a stack frame', /\bat\s+(?:async\s+)?[\w$.<>[\]]+\s+\(|\bat\s+\S+:\d+:\d+/],
  ['node_modules', /node_modules/],
  ['a .ts path', /\.tsx?:\d*/],
  ['a .js path', /\.[cm]?js:\d+/],
  ['PrismaClient', /PrismaClient|prisma\.|Invalid `/i],
  ['SQLite internals', /SQLITE_|SqliteError|sqlite3/i],
];

export function expectNoLeak(text: string): void {
  for (const [what, pattern] of LEAKS) {
    if (pattern.test(text)) throw new Error(`the response leaks ${what}: ${text.slice(0, 500)}`);
  }
}

export async function expectRefusal(res: Response, c: Case): Promise<void> {
  const text = await res.text();
  expectNoLeak(text);
  if (res.status !== c.status) throw new Error(`expected ${c.status}, got ${res.status}: ${text.slice(0, 500)}`);
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = JSON.parse(text);
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error).toEqual({ code: expect.any(String), message: expect.any(String), ...('details' in body.error ? { details: body.error.details } : {}) });
  expect(body.error.message.length).toBeGreaterThan(0);
  if (c.code) expect(body.error.code).toBe(c.code);
  if (c.message) expect(body.error.message).toMatch(c.message);
  if (c.field) expect(Object.keys(body.error.details ?? {})).toContain(c.field);
  if (c.details) expect(JSON.stringify(body.error.details)).toMatch(c.details);
}

// ---------------------------------------------------------- corpus builders --

export const utf8 = (s: string) => new TextEncoder().encode(s);
export const concat = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

/** Byte sequences no UTF-8 decoder may accept. */
export const BROKEN_UTF8: [string, number[]][] = [
  ['C3 28 (bad continuation)', [0xc3, 0x28]],
  ['A0 A1 (lone continuations)', [0xa0, 0xa1]],
  ['E2 28 A1 (bad 3-byte)', [0xe2, 0x28, 0xa1]],
  ['F0 28 8C BC (bad 4-byte)', [0xf0, 0x28, 0x8c, 0xbc]],
  ['C0 AF (overlong "/")', [0xc0, 0xaf]],
  ['ED A0 80 (UTF-16 surrogate)', [0xed, 0xa0, 0x80]],
  ['F8 88 80 80 80 (5-byte form)', [0xf8, 0x88, 0x80, 0x80, 0x80]],
  ['FF FE (not UTF-8 at all)', [0xff, 0xfe]],
];

/** The good body's JSON with `bad` spliced into its first string value (or key), so only the encoding is wrong. */
export function withBrokenBytes(good: unknown, bad: number[]): Buffer {
  const text = JSON.stringify(good);
  const at = text.indexOf('"', text.indexOf(':"') >= 0 ? text.indexOf(':"') + 1 : 0) + 1;
  return concat(text.slice(0, at), bad, text.slice(at));
}

/** A body of `size` bytes that is otherwise perfectly good JSON. */
export function jsonOfSize(good: Json, size: number): Buffer {
  const head = JSON.stringify({ ...good, padding: '' }).slice(0, -2);
  const pad = Math.max(0, size - Buffer.byteLength(head) - 2);
  return Buffer.concat([Buffer.from(head), Buffer.alloc(pad, 'a'), Buffer.from('"}')]);
}

export function streamOf(total: number, chunk = 256 * 1024): () => ReadableStream<Uint8Array> {
  return () => {
    let sent = 0;
    return new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= total) return controller.close();
        const n = Math.min(chunk, total - sent);
        controller.enqueue(new Uint8Array(n).fill(0x61));
        sent += n;
      },
    });
  };
}

export const OVER = MAX_BODY_BYTES + 1;

/** Malformed, mistyped, mis-encoded and oversized versions of a JSON body. */
export function jsonBodyCases(good: (f: Fixtures) => Json, { emptyIsGood = false } = {}): Case[] {
  const raw =
    (bytes: (f: Fixtures) => Uint8Array | string, type?: string, length?: string) =>
    (fx: Fixtures): Body => ({ bytes: bytes(fx), type, length });
  const cases: Case[] = [
    { name: 'malformed JSON', status: 422, code: 'INVALID', message: /not valid JSON/, body: raw(() => '{"version": 1,') },
    { name: 'the good body cut short', status: 422, code: 'INVALID', message: /not valid JSON/, body: raw((fx) => JSON.stringify(good(fx)).slice(0, -1)) },
    { name: 'the good body with trailing garbage', status: 422, code: 'INVALID', message: /not valid JSON/, body: raw((fx) => `${JSON.stringify(good(fx))}}x`) },
    { name: 'single-quoted JSON', status: 422, code: 'INVALID', message: /not valid JSON/, body: raw(() => "{'version': 1}") },
    { name: 'NaN and comments', status: 422, code: 'INVALID', message: /not valid JSON/, body: raw(() => '{/* c */ "version": NaN}') },
    { name: 'JSON array of the good body', status: 422, code: 'INVALID', body: (fx) => ({ json: [good(fx)] }) },
    { name: 'JSON string', status: 422, code: 'INVALID', body: (fx) => ({ json: JSON.stringify(good(fx)) }) },
    { name: 'JSON null', status: 422, code: 'INVALID', body: () => ({ json: null }) },
    { name: 'JSON number', status: 422, code: 'INVALID', body: () => ({ json: 42 }) },
    { name: 'JSON true', status: 422, code: 'INVALID', body: () => ({ json: true }) },
    { name: 'deeply nested arrays', status: 422, code: 'INVALID', body: raw(() => `${'['.repeat(50_000)}${']'.repeat(50_000)}`) },
    { name: 'deeply nested objects', status: 422, code: 'INVALID', body: raw(() => `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`) },
    { name: 'the good body as text/plain', status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', body: raw((fx) => JSON.stringify(good(fx)), 'text/plain') },
    { name: 'the good body without a content type', status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', body: raw((fx) => utf8(JSON.stringify(good(fx))), '') },
    { name: 'the good body form-encoded', status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', body: raw(() => 'version=1&statement=x', 'application/x-www-form-urlencoded') },
    ...BROKEN_UTF8.map(([what, bad]): Case => ({ name: `broken UTF-8 ${what}`, status: 422, code: 'INVALID', message: /UTF-8/, body: raw((fx) => withBrokenBytes(good(fx), bad)) })),
    // Valid JSON and valid UTF-8, but PostgreSQL cannot store U+0000 (it answered 500).
    { name: 'a NUL character (U+0000) in a string', status: 422, code: 'INVALID', details: /NUL/, body: raw((fx) => withBrokenBytes(good(fx), [...Buffer.from('\\u0000')])) },
    { name: 'broken UTF-8 cut mid-character at the end', status: 422, code: 'INVALID', message: /UTF-8/, body: raw((fx) => concat(JSON.stringify(good(fx)), [0xe2, 0x82])) },
    { name: `over ${MAX_BODY_BYTES} bytes, length declared`, status: 413, code: 'PAYLOAD_TOO_LARGE', body: raw((fx) => jsonOfSize(good(fx), OVER), 'application/json', String(OVER)) },
    { name: `over ${MAX_BODY_BYTES} bytes, streamed without a length`, status: 413, code: 'PAYLOAD_TOO_LARGE', body: () => ({ stream: streamOf(OVER + 1024), type: 'application/json' }) },
    { name: `over ${MAX_BODY_BYTES} bytes behind a lying Content-Length`, status: 413, code: 'PAYLOAD_TOO_LARGE', body: raw((fx) => jsonOfSize(good(fx), OVER), 'application/json', '20') },
    { name: 'a Content-Length of 100 GB', status: 413, code: 'PAYLOAD_TOO_LARGE', body: raw(() => '{}', 'application/json', String(100 * 1024 ** 3)) },
  ];
  if (!emptyIsGood) {
    cases.push(
      { name: 'empty body', status: 422, code: 'INVALID', message: /not valid JSON/, body: raw(() => '') },
      { name: 'whitespace body', status: 422, code: 'INVALID', message: /not valid JSON/, body: raw(() => ' \n\t ') },
    );
  }
  return cases;
}

/** The good body with `patch` applied (undefined deletes a field): 422 naming `field`. */
export function fieldCase(name: string, good: (f: Fixtures) => Json, patch: (f: Fixtures) => Json, field: string, status = 422): Case {
  return {
    name,
    status,
    code: status === 422 ? 'INVALID' : undefined,
    field: status === 422 ? field : undefined,
    body: (fx) => ({ json: JSON.parse(JSON.stringify({ ...good(fx), ...patch(fx) })) }),
  };
}

/** Ids nothing has, including hostile-looking ones: 404 NOT_FOUND with an otherwise good request. */
export const UNKNOWN_IDS = ['no-such-id', 'x'.repeat(5_000), "' OR '1'='1", '../../etc/passwd', '\u0000', '%00', 'ünïcödé-😀', ' '];

/** Query-string cases for a GET: 422 naming `field`. */
export function queryCase(query: string, field: string, status = 422): Case {
  return { name: `query ${query}`, status, code: status === 422 ? 'INVALID' : status === 404 ? 'NOT_FOUND' : undefined, field: status === 422 ? field : undefined, query };
}

/** Selector cases against the latest revision's text: offsets out of range, crossed, or words that are not there. */
export function selectorCases(good: (f: Fixtures) => Json, quote: string): Case[] {
  const text = (fx: Fixtures) => fx.article.text;
  const sel = (fx: Fixtures) => selectionOf(text(fx), quote);
  const withSelector = (name: string, selector: (fx: Fixtures) => unknown, field: string) => fieldCase(name, good, (fx) => ({ selector: selector(fx) }), field);
  return [
    withSelector('selector missing', () => undefined, 'selector'),
    withSelector('selector as a string', () => '10-20', 'selector'),
    withSelector('selector as an array', (fx) => [sel(fx)], 'selector'),
    withSelector('selector.start as a string', (fx) => ({ ...sel(fx), start: String(sel(fx).start) }), 'selector.start'),
    withSelector('selector.end as a float', (fx) => ({ ...sel(fx), end: sel(fx).end + 0.5 }), 'selector.end'),
    withSelector('selector.exact as a number', (fx) => ({ ...sel(fx), exact: 9 }), 'selector.exact'),
    withSelector('selector.exact empty', (fx) => ({ ...sel(fx), exact: '', end: sel(fx).start }), 'selector.exact'),
    withSelector('negative start', (fx) => ({ ...sel(fx), start: -1 }), 'selector.start'),
    withSelector('start 2^53 (unsafe integer)', (fx) => ({ ...sel(fx), start: 2 ** 53, end: 2 ** 53 + 5 }), 'selector.start'),
    withSelector(
      'end past the end of the text',
      (fx) => {
        const n = text(fx).length;
        return { exact: text(fx).slice(n - 5), start: n - 5, end: n + 10 };
      },
      'selector.end',
    ),
    withSelector('start and end past the end of the text', (fx) => ({ exact: 'Nine', start: text(fx).length + 100, end: text(fx).length + 104 }), 'selector.start'),
    withSelector('start after end', (fx) => ({ exact: quote, start: sel(fx).end, end: sel(fx).start }), 'selector.end'),
    withSelector('exact not the text at the offsets', (fx) => ({ ...sel(fx), exact: 'Nine ISIS members were killed in the attacx' }), 'selector.exact'),
    withSelector('exact found elsewhere, not at the offsets', (fx) => ({ ...sel(fx), start: sel(fx).start + 1, end: sel(fx).end + 1 }), 'selector.exact'),
    withSelector('prefix that disagrees with the text', (fx) => ({ ...sel(fx), prefix: 'Something the article never said ' }), 'selector.prefix'),
    withSelector('exact over 10,000 characters', (fx) => ({ ...sel(fx), exact: 'a'.repeat(10_001) }), 'selector.exact'),
  ];
}

/** URL fields: only http(s) links, never script, data or file URLs. */
export const BAD_URLS: [string, unknown][] = [
  ['javascript:', 'javascript:alert(document.cookie)'],
  ['JavaScript: in mixed case', 'JaVaScRiPt:alert(1)'],
  ['javascript: behind whitespace', '  javascript:alert(1)'],
  ['javascript: with a tab inside', 'java\tscript:alert(1)'],
  ['data:', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['file:', 'file:///etc/passwd'],
  ['vbscript:', 'vbscript:msgbox(1)'],
  ['ftp:', 'ftp://example.org/report.pdf'],
  ['no scheme', 'www.example.org/report'],
  ['http:// with no host', 'http://'],
  ['plain words', 'not a url'],
  ['empty', ''],
  ['a number', 42],
  ['an object', { href: 'https://example.org' }],
  ['over 2,000 characters', `https://example.org/${'a'.repeat(2_000)}`],
];
