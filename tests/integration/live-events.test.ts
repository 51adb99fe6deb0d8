// Live updates (issue 16): an article's event stream hears every change to its
// claims within a second, also one made by another process on the same
// database (on PostgreSQL through LISTEN/NOTIFY), resumes after Last-Event-ID
// without loss, hears nothing of a refused change, and says who else has the
// article open. GET /api/articles/:id/events and GET /api/events.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { GET as articleEventsRoute } from '@/app/api/articles/[id]/events/route';
import { POST as createArticle } from '@/app/api/articles/route';
import { PATCH as updateClaimRoute } from '@/app/api/claims/[id]/route';
import { GET as eventsRoute } from '@/app/api/events/route';
import { db } from '@/lib/server/db';
import { pruneLiveEvents } from '@/lib/server/events/prune-live-events';
import { addSourceAs, createClaimAs, patchClaimAs, QUOTES, send, type ArticleRef } from './helpers/api';
import { seedWorld } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
type User = typeof world.editor;

beforeAll(async () => {
  world = await seedWorld();
});

async function ownArticle(title: string): Promise<ArticleRef> {
  const { article } = await (await send(createArticle, 'POST', '/api/articles', { as: world.editor, body: { title, text: world.revision.text } })).json();
  return { id: article.id, text: world.revision.text };
}

interface SseEvent {
  id?: string;
  event: string;
  data: any;
}

/** An open stream: its events as they arrive, and a way to wait for the next ones. */
class Stream {
  readonly events: SseEvent[] = [];
  private buffer = '';
  private waiters: Array<() => void> = [];
  constructor(
    readonly response: Response,
    private readonly abort: AbortController,
  ) {
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          this.buffer += decoder.decode(value, { stream: true });
          this.parse();
        }
      } catch {
        // aborted
      }
    })();
  }

  private parse() {
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const fields = Object.fromEntries(
        block
          .split('\n')
          .filter((line) => line && !line.startsWith(':'))
          .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trimStart()]),
      );
      if (!fields.data) continue;
      this.events.push({ id: fields.id, event: fields.event ?? 'message', data: JSON.parse(fields.data) });
      for (const wake of this.waiters.splice(0)) wake();
    }
  }

  /** Waits (at most `ms`) until `pick` finds something among the events. */
  async until<T>(pick: (events: SseEvent[]) => T | undefined, ms = 1_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = pick(this.events);
      if (found !== undefined) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`not within ${ms} ms; got ${JSON.stringify(this.events)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  changes = () => this.events.filter((e) => e.event === 'change').map((e) => e.data);
  close = () => this.abort.abort();
}

const open: Stream[] = [];
afterEach(() => {
  for (const stream of open.splice(0)) stream.close();
});

async function openStream(as: User | undefined, articleId: string | null, headers: Record<string, string> = {}): Promise<Stream> {
  const abort = new AbortController();
  const res = articleId
    ? await send(articleEventsRoute, 'GET', `/api/articles/${articleId}/events`, { as, headers, signal: abort.signal }, { id: articleId })
    : await send(eventsRoute, 'GET', '/api/events', { as, headers, signal: abort.signal });
  const stream = new Stream(res, abort);
  open.push(stream);
  return stream;
}

const changeOf = (action: string, claimId?: string) => (events: SseEvent[]) =>
  events.find((e) => e.event === 'change' && e.data.action === action && (claimId === undefined || e.data.claimId === claimId))?.data;

describe('an article’s event stream', () => {
  it('answers text/event-stream and hears a teammate’s new claim and edit within a second', async () => {
    const article = await ownArticle('Live: new claims');
    const stream = await openStream(world.editor, article.id);
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const claim = await createClaimAs(world.editor2, article, QUOTES.nine);
    const created = await stream.until(changeOf('claim.created', claim.id));
    expect(created).toMatchObject({ articleId: article.id, claimId: claim.id, actorId: world.editor2.id, id: expect.any(Number) });
    await patchClaimAs(world.editor2, claim.id, { version: claim.version, rationale: 'The JOC statement.' });
    await addSourceAs(world.editor2, claim.id);
    await stream.until(changeOf('source.added', claim.id));
    expect(stream.changes().map((e) => e.action)).toEqual(['claim.created', 'claim.updated', 'source.added']);
    // Another article's changes are not this stream's.
    const other = await ownArticle('Live: elsewhere');
    await createClaimAs(world.editor2, other, QUOTES.troops);
    const desk = await openStream(world.reviewer, null);
    const elsewhere = await createClaimAs(world.editor2, other, QUOTES.hamrin);
    await desk.until(changeOf('claim.created', elsewhere.id));
    expect(stream.changes().some((e) => e.articleId === other.id)).toBe(false);
  });

  it('resumes after Last-Event-ID with what it missed, in order, once', async () => {
    const article = await ownArticle('Live: resume');
    const first = await openStream(world.editor, article.id);
    const claim = await createClaimAs(world.editor2, article, QUOTES.nine);
    const seen = await first.until(changeOf('claim.created', claim.id));
    first.close();
    const missed = [await createClaimAs(world.editor2, article, QUOTES.troops), await createClaimAs(world.editor2, article, QUOTES.hamrin)];
    const again = await openStream(world.editor, article.id, { 'last-event-id': String(seen.id) });
    await again.until((events) => (events.filter((e) => e.event === 'change').length >= 2 ? true : undefined));
    expect(again.changes().map((e) => e.claimId)).toEqual(missed.map((c) => c.id));
    const ids = again.events.filter((e) => e.event === 'change').map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(ids[0]).toBeGreaterThan(seen.id);
  });

  it('hears nothing of a change that was refused (a stale edit: 409)', async () => {
    const article = await ownArticle('Live: refused');
    const claim = await createClaimAs(world.editor, article, QUOTES.nine);
    const stream = await openStream(world.editor2, article.id);
    const res = await send(updateClaimRoute, 'PATCH', `/api/claims/${claim.id}`, { as: world.editor, body: { version: claim.version + 5, rationale: 'stale' } }, { id: claim.id });
    expect(res.status).toBe(409);
    await patchClaimAs(world.editor, claim.id, { version: claim.version, statement: 'Nine were killed' });
    await stream.until(changeOf('claim.updated', claim.id));
    expect(stream.changes().map((e) => e.action)).toEqual(['claim.updated']);
  });

  it('says who else has the article open, and when they leave', async () => {
    const article = await ownArticle('Live: presence');
    const mine = await openStream(world.editor, article.id);
    await mine.until((events) => events.find((e) => e.event === 'presence' && e.data.users.length === 1));
    const theirs = await openStream(world.editor2, article.id);
    const both = await mine.until((events) =>
      events.filter((e) => e.event === 'presence').at(-1)?.data.users.length === 2 ? events.filter((e) => e.event === 'presence').at(-1)!.data.users : undefined,
    );
    expect(both.map((u: { name: string }) => u.name).sort()).toEqual([world.editor2.name, world.editor.name].sort());
    theirs.close();
    const left = await mine.until((events) =>
      events.filter((e) => e.event === 'presence').at(-1)?.data.users.length === 1 ? events.filter((e) => e.event === 'presence').at(-1)!.data.users : undefined,
    );
    expect(left).toEqual([{ id: world.editor.id, name: world.editor.name }]);
  });

  it('reaches another process on the same database within a second', async () => {
    const article = await ownArticle('Live: another instance');
    const child: ChildProcessWithoutNullStreams = spawn(
      process.execPath,
      [path.join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(__dirname, 'helpers', 'live-listener.ts'), article.id],
      {
        env: process.env,
      },
    );
    try {
      let out = '';
      const lines = () => out.split('\n').filter(Boolean);
      child.stdout.on('data', (chunk) => (out += chunk));
      child.stderr.on('data', (chunk) => (out += chunk));
      const waitFor = async (test: () => boolean, ms: number, what: string) => {
        const deadline = Date.now() + ms;
        while (!test()) {
          if (Date.now() > deadline) throw new Error(`${what} not within ${ms} ms: ${out}`);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      };
      await waitFor(() => lines().includes('ready'), 30_000, 'the other process listening');
      const claim = await createClaimAs(world.editor2, article, QUOTES.nine);
      const written = Date.now();
      await waitFor(() => lines().some((line) => line.includes(claim.id)), 1_000, 'the change in the other process');
      expect(Date.now() - written).toBeLessThan(1_000);
      const heard = lines()
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line));
      expect(heard).toEqual([expect.objectContaining({ action: 'claim.created', claimId: claim.id, articleId: article.id })]);
    } finally {
      child.kill();
    }
  }, 60_000);
});

describe('keeping the news', () => {
  it('keeps a day of events and deletes older ones', async () => {
    const old = await db.liveEvent.create({ data: { articleId: 'a', action: 'claim.created', createdAt: new Date(Date.now() - 25 * 60 * 60 * 1000) } });
    const recent = await db.liveEvent.create({ data: { articleId: 'a', action: 'claim.created', createdAt: new Date(Date.now() - 23 * 60 * 60 * 1000) } });
    expect(await pruneLiveEvents()).toBeGreaterThanOrEqual(1);
    expect(await db.liveEvent.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db.liveEvent.findUnique({ where: { id: recent.id } })).not.toBeNull();
  });
});

describe('refusals', () => {
  it('401 without a session, 404 for an unknown article, 422 for a malformed Last-Event-ID', async () => {
    const article = await ownArticle('Live: refusals');
    expect((await send(articleEventsRoute, 'GET', `/api/articles/${article.id}/events`, {}, { id: article.id })).status).toBe(401);
    expect((await send(eventsRoute, 'GET', '/api/events')).status).toBe(401);
    expect((await send(articleEventsRoute, 'GET', '/api/articles/nope/events', { as: world.editor }, { id: 'nope' })).status).toBe(404);
    const bad = await send(articleEventsRoute, 'GET', `/api/articles/${article.id}/events`, { as: world.editor, headers: { 'last-event-id': 'yesterday' } }, { id: article.id });
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.details).toHaveProperty(['Last-Event-ID']);
    expect((await send(articleEventsRoute, 'GET', `/api/articles/${article.id}/events?lastEventId=-1`, { as: world.editor }, { id: article.id })).status).toBe(422);
  });
});
