// A text/event-stream answer: the changes of one article (or of all) as they
// happen, each with its id so a reconnecting EventSource resumes where it
// left off (Last-Event-ID: what it missed is read from LiveEvent first), and,
// for an article, who else has it open (`presence` events). Comment lines
// keep idle connections from being cut by proxies. Ends when the client goes.
import type { PresentUser } from './presence';
import { liveHub } from './live-hub';
import type { LiveEventDto } from './live-event-dto';

const KEEP_ALIVE_MS = 20_000;
/** How long a browser waits before reconnecting after the stream ends. */
const RETRY_MS = 2_000;

export interface EventStreamOptions {
  signal: AbortSignal;
  /** null: every article's changes, no presence */
  articleId: string | null;
  /** the viewer, counted as present on the article */
  user: PresentUser;
  /** the last event the client saw (Last-Event-ID), to send what it missed */
  lastEventId: number | null;
}

const encoder = new TextEncoder();
const change = (event: LiveEventDto) => `id: ${event.id}\nevent: change\ndata: ${JSON.stringify(event)}\n\n`;
const presence = (users: PresentUser[]) => `event: presence\ndata: ${JSON.stringify({ users })}\n\n`;

export function eventStream({ signal, articleId, user, lastEventId }: EventStreamOptions): Response {
  const cleanups: Array<() => void> = [];
  let closed = false;
  const close = () => {
    closed = true;
    for (const cleanup of cleanups.splice(0)) cleanup();
  };
  // The client may hang up while the stream is still being set up (between its
  // awaits): whatever is set up after that is undone at once.
  const keep = (cleanup: () => void) => (closed ? cleanup() : void cleanups.push(cleanup));
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const write = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          open = false;
          close();
        }
      };
      keep(() => {
        open = false;
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      });
      signal.addEventListener('abort', close, { once: true });

      write(`retry: ${RETRY_MS}\n\n`);
      // Subscribed before the backlog is read, so nothing falls between them; an id seen twice is sent once.
      const sent = new Set<number>();
      const buffered: LiveEventDto[] = [];
      let replaying = true;
      const send = (event: LiveEventDto) => {
        if (replaying) return void buffered.push(event);
        if (sent.has(event.id)) return;
        sent.add(event.id);
        // Only a replayed id can come again, and only soon after: a long-lived stream forgets old ones.
        if (sent.size > 10_000) for (const id of [...sent].slice(0, 5_000)) sent.delete(id);
        write(change(event));
      };
      keep(await liveHub.subscribe(articleId, send));
      if (lastEventId !== null) for (const event of await liveHub.since(articleId, lastEventId)) buffered.unshift(event);
      replaying = false;
      for (const event of buffered.sort((a, b) => a.id - b.id).splice(0)) send(event);

      if (articleId && !closed) keep(liveHub.presence.join(articleId, user, (users) => write(presence(users))));
      const keepAlive = setInterval(() => write(': keep-alive\n\n'), KEEP_ALIVE_MS);
      // The server's own connections keep the process up; an open stream alone must not.
      keepAlive.unref();
      keep(() => clearInterval(keepAlive));
      if (signal.aborted) close();
    },
    cancel: close,
  });
  return new Response(body, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      // nginx would hold the stream back to fill its buffer
      'x-accel-buffering': 'no',
    },
  });
}
