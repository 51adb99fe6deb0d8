// Who has an article open, across instances: each open workbench stream is a
// visit. This process knows its own visits; other instances' arrive as
// messages (on PostgreSQL through NOTIFY, see live-hub.ts) and count until
// they stop being repeated (a crashed instance cannot say goodbye).
import { randomUUID } from 'node:crypto';

export interface PresentUser {
  id: string;
  name: string;
}

type Watcher = (users: PresentUser[]) => void;

interface Message {
  instance: string;
  articleId: string;
  users: PresentUser[];
}

/** How often an instance repeats who is on its pages, and how long a repetition counts. */
const HEARTBEAT_MS = 15_000;
const REMOTE_TTL_MS = 40_000;

export class Presence {
  private readonly instance = randomUUID();
  /** this process's visits: article -> visit -> user */
  private readonly visits = new Map<string, Map<symbol, PresentUser>>();
  /** other instances' users: article -> instance -> users, until */
  private readonly remote = new Map<string, Map<string, { users: PresentUser[]; until: number }>>();
  private readonly watchers = new Map<string, Set<Watcher>>();
  private heartbeat: NodeJS.Timeout | null = null;

  /** `send` carries a message to the other instances (nothing on a single instance). */
  constructor(private readonly send: (payload: string) => void) {}

  /** A page opened `articleId`: `watch` hears who is there now and at each change; returns the leave. */
  join(articleId: string, user: PresentUser, watch: Watcher): () => void {
    const visit = Symbol(user.id);
    const visits = this.visits.get(articleId) ?? new Map<symbol, PresentUser>();
    visits.set(visit, user);
    this.visits.set(articleId, visits);
    const watchers = this.watchers.get(articleId) ?? new Set<Watcher>();
    watchers.add(watch);
    this.watchers.set(articleId, watchers);
    this.startHeartbeat();
    this.changed(articleId);
    return () => {
      visits.delete(visit);
      watchers.delete(watch);
      if (visits.size === 0) this.visits.delete(articleId);
      if (watchers.size === 0) this.watchers.delete(articleId);
      this.changed(articleId);
      if (this.visits.size === 0) this.stopHeartbeat();
    };
  }

  /** Who has the article open, on any instance, each once, by name. */
  usersOn(articleId: string, now = Date.now()): PresentUser[] {
    const users = new Map<string, PresentUser>();
    for (const user of this.visits.get(articleId)?.values() ?? []) users.set(user.id, user);
    for (const entry of this.remote.get(articleId)?.values() ?? []) if (entry.until > now) for (const user of entry.users) users.set(user.id, user);
    return [...users.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  /** Another instance said who is on an article there. */
  receive(payload: string, now = Date.now()): void {
    let message: Message;
    try {
      message = JSON.parse(payload) as Message;
    } catch {
      return;
    }
    if (message.instance === this.instance || typeof message.articleId !== 'string' || !Array.isArray(message.users)) return;
    const byInstance = this.remote.get(message.articleId) ?? new Map();
    byInstance.set(message.instance, { users: message.users, until: now + REMOTE_TTL_MS });
    this.remote.set(message.articleId, byInstance);
    this.notifyWatchers(message.articleId);
  }

  private changed(articleId: string) {
    const users = [...new Map([...(this.visits.get(articleId)?.values() ?? [])].map((u) => [u.id, u])).values()];
    this.send(JSON.stringify({ instance: this.instance, articleId, users } satisfies Message));
    this.notifyWatchers(articleId);
  }

  private notifyWatchers(articleId: string) {
    const users = this.usersOn(articleId);
    for (const watch of this.watchers.get(articleId) ?? []) watch(users);
  }

  private startHeartbeat() {
    if (this.heartbeat) return;
    this.heartbeat = setInterval(() => {
      for (const articleId of this.visits.keys()) this.changed(articleId);
      // Instances that stopped repeating themselves are gone.
      const now = Date.now();
      for (const [articleId, byInstance] of this.remote) {
        let dropped = false;
        for (const [instance, entry] of byInstance) if (entry.until <= now) dropped = byInstance.delete(instance) || dropped;
        if (byInstance.size === 0) this.remote.delete(articleId);
        if (dropped) this.notifyWatchers(articleId);
      }
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  private stopHeartbeat() {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
  }
}
