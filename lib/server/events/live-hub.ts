// The one place a process hears of changes and hands them to its open event
// streams (GET /api/articles/:id/events, GET /api/events), on every instance:
// the changes are LiveEvent rows, written in the transaction of the change
// (lib/server/audit.ts), and the hub reads the new ones whenever it is told
// there are some. On PostgreSQL a trigger NOTIFYs "live_events" at commit and
// the hub LISTENs on a connection of its own, so a write on one instance
// reaches the streams of all of them; a slow poll backs that up (a dropped
// LISTEN connection, a commit that took a lower id than one already read).
// On SQLite (one instance, or several processes on one file) it polls, four
// times a second, only while a stream is open.
import { Client } from 'pg';
import { dbKind, db } from '../db';
import { toLiveEventDto, type LiveEventDto } from './live-event-dto';
import { Presence, type PresentUser } from './presence';
import { pruneLiveEvents } from './prune-live-events';

export type LiveListener = (event: LiveEventDto) => void;
export type PresenceListener = (users: PresentUser[]) => void;

interface Subscription {
  /** null: every article (the desk's streams) */
  articleId: string | null;
  onEvent: LiveListener;
}

const SQLITE_POLL_MS = 250;
const POSTGRES_POLL_MS = 2_000;
/** How far back each read looks again, for a PostgreSQL commit that took a lower id than one already read. */
const LATE_COMMIT_WINDOW = 200;
const READ_BATCH = 500;

export class LiveHub {
  private readonly subscriptions = new Set<Subscription>();
  private lastSeen: number | null = null;
  /** the newest row when the hub started: everything up to it happened before any stream of now */
  private floor = 0;
  private readonly delivered = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private listener: Client | null = null;
  private reading: Promise<void> | null = null;
  private connecting: Promise<void> | null = null;
  private starting: Promise<void> | null = null;
  /** Presence notices go out one after another on the LISTEN connection (pg runs one query at a time per client). */
  private sending: Promise<unknown> = Promise.resolve();
  private again = false;
  /** Closed for good: nothing more is read, polled or listened to (a process shutting down, the end of a test file). */
  private closed = false;
  readonly presence: Presence;

  constructor() {
    this.presence = new Presence((payload) => this.broadcastPresence(payload));
  }

  /** Hands every change from now on (of `articleId`, or of all articles) to `onEvent`; returns the unsubscribe. */
  async subscribe(articleId: string | null, onEvent: LiveListener): Promise<() => void> {
    if (this.closed) throw new Error('live updates: the hub is closed');
    const subscription = { articleId, onEvent };
    const unsubscribe = () => {
      this.subscriptions.delete(subscription);
      if (this.subscriptions.size === 0) this.stop();
    };
    this.subscriptions.add(subscription);
    try {
      // Subscriptions arriving together share one start.
      if (!this.timer) await (this.starting ??= this.start().finally(() => (this.starting = null)));
    } catch (error) {
      unsubscribe();
      throw error;
    }
    if (this.closed) {
      unsubscribe();
      throw new Error('live updates: the hub is closed');
    }
    return unsubscribe;
  }

  /** What a stream missed: the changes after `afterId` (of `articleId`, or of all), oldest first. */
  async since(articleId: string | null, afterId: number, limit = 1_000): Promise<LiveEventDto[]> {
    const rows = await db.liveEvent.findMany({ where: { id: { gt: afterId }, ...(articleId ? { articleId } : {}) }, orderBy: { id: 'asc' }, take: limit });
    return rows.map(toLiveEventDto);
  }

  /** Reads the rows not yet handed out; called on a NOTIFY and by the poll. Never two reads at once. */
  wake(): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (this.reading) {
      this.again = true;
      return this.reading;
    }
    this.reading = (async () => {
      do {
        this.again = false;
        await this.readNew();
      } while (this.again && !this.closed);
    })()
      .catch((error: unknown) => console.error('live updates: reading new events failed', error))
      .finally(() => {
        this.reading = null;
      });
    return this.reading;
  }

  private async readNew(): Promise<void> {
    if (this.lastSeen === null) return;
    const from = dbKind === 'postgresql' ? Math.max(0, this.lastSeen - LATE_COMMIT_WINDOW) : this.lastSeen;
    const rows = await db.liveEvent.findMany({ where: { id: { gt: from } }, orderBy: { id: 'asc' }, take: READ_BATCH });
    for (const row of rows) {
      if (row.id <= this.floor || this.delivered.has(row.id)) continue;
      this.remember(row.id);
      const event = toLiveEventDto(row);
      for (const subscription of this.subscriptions) {
        if (subscription.articleId === null || subscription.articleId === event.articleId) subscription.onEvent(event);
      }
    }
    if (rows.length === READ_BATCH) this.again = true;
  }

  private remember(id: number) {
    this.delivered.add(id);
    if (id > (this.lastSeen ?? 0)) this.lastSeen = id;
    // Only ids within the late-commit window can come again.
    if (this.delivered.size > LATE_COMMIT_WINDOW * 4) {
      for (const old of this.delivered) if (old <= (this.lastSeen ?? 0) - LATE_COMMIT_WINDOW) this.delivered.delete(old);
    }
  }

  private async start(): Promise<void> {
    const latest = await db.liveEvent.aggregate({ _max: { id: true } });
    if (dbKind === 'postgresql') await this.listen();
    // Closed, or every subscriber gone, while this was starting: nothing to run.
    if (this.closed || this.subscriptions.size === 0) return;
    this.lastSeen = latest._max.id ?? 0;
    this.floor = this.lastSeen;
    void pruneLiveEvents().catch((error: unknown) => console.error('live updates: pruning old events failed', error));
    this.timer = setInterval(() => void this.wake(), dbKind === 'postgresql' ? POSTGRES_POLL_MS : SQLITE_POLL_MS);
    this.timer.unref();
  }

  private stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.lastSeen = null;
    this.delivered.clear();
    // The LISTEN connection stays: presence of other instances still arrives on it, and it is cheap.
  }

  /** Ends the LISTEN connection (a process shutting down, the end of a test file). */
  async close(): Promise<void> {
    this.closed = true;
    this.stop();
    // A start, a read or a connection still under way is waited for, then ended, not left behind.
    await Promise.all([this.starting, this.reading, this.connecting, this.sending].map((work) => work?.catch(() => undefined)));
    const listener = this.listener;
    this.listener = null;
    await listener?.end();
  }

  private listen(): Promise<void> {
    if (this.listener) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: process.env.DATABASE_URL });
    client.on('notification', (message) => {
      if (message.channel === 'live_events') void this.wake();
      else if (message.channel === 'live_presence' && message.payload) this.presence.receive(message.payload);
    });
    client.on('error', (error) => {
      // The poll carries on; the next stream to open listens again.
      console.error('live updates: the LISTEN connection failed', error.message);
      this.listener = null;
    });
    await client.connect();
    await client.query('LISTEN live_events');
    await client.query('LISTEN live_presence');
    if (this.closed) {
      await client.end();
      return;
    }
    this.listener = client;
  }

  /** Presence on PostgreSQL goes to every instance through the LISTEN connection; on SQLite it stays in the process. */
  private broadcastPresence(payload: string) {
    // Sent on the LISTEN connection a stream's subscription opened; none (closed, or failed) and the news stays local.
    const listener = this.listener;
    if (dbKind !== 'postgresql' || !listener || this.closed) return;
    this.sending = this.sending.then(() => listener.query('SELECT pg_notify($1, $2)', ['live_presence', payload])).catch((error: unknown) => console.error('live updates: presence not sent', error));
  }
}

// One hub per process (Next.js dev reloads modules: keep it across reloads).
const globalForHub = globalThis as unknown as { __workbenchLiveHub?: LiveHub };
export const liveHub: LiveHub = (globalForHub.__workbenchLiveHub ??= new LiveHub());
