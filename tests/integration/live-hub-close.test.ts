// A closed live-updates hub does nothing more: no poll, no read, no LISTEN
// connection, even when it was closed while still starting (the subscription's
// first query in flight) or in the middle of a read. Before this was so, a hub
// closed at the end of a test file kept polling a database that was gone, and
// on Node 20 that broke every later test file of the same Jest worker
// (issue 17: "npm test" on Node 20 failed at its PostgreSQL stage). A process
// shutting down has the same need.
import { db } from '@/lib/server/db';
import { LiveHub } from '@/lib/server/events/live-hub';

/** The live-event reads the hub makes from now on. */
function countReads() {
  const spy = jest.spyOn(db.liveEvent, 'findMany');
  return { count: () => spy.mock.calls.length, restore: () => spy.mockRestore() };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// Longer than the SQLite poll (250 ms) and the PostgreSQL one (2 s).
const LONGER_THAN_A_POLL = 2_500;

describe('closing the live-updates hub', () => {
  it('stops a hub closed while its first subscription is still starting', async () => {
    const hub = new LiveHub();
    const reads = countReads();
    try {
      const subscribed = hub.subscribe(null, () => undefined);
      await hub.close();
      await subscribed.catch(() => undefined);
      const before = reads.count();
      await pause(LONGER_THAN_A_POLL);
      expect(reads.count()).toBe(before);
    } finally {
      reads.restore();
    }
  });

  it('lets a read in progress finish before close resolves, and starts none after', async () => {
    const hub = new LiveHub();
    const heard: number[] = [];
    await hub.subscribe(null, (event) => heard.push(event.id));
    const reads = countReads();
    try {
      const reading = hub.wake();
      await hub.close();
      // close waited for the read: nothing of it is still running
      await expect(Promise.race([reading.then(() => 'done'), pause(0).then(() => 'running')])).resolves.toBe('done');
      const before = reads.count();
      await hub.wake();
      await pause(LONGER_THAN_A_POLL);
      expect(reads.count()).toBe(before);
    } finally {
      reads.restore();
    }
  });

  it('refuses a subscription after close instead of starting again', async () => {
    const hub = new LiveHub();
    await hub.close();
    await expect(hub.subscribe(null, () => undefined)).rejects.toThrow(/closed/);
  });
});
