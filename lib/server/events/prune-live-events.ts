// LiveEvent rows are news for pages that are open now; a page reconnecting
// asks for the last seconds or minutes. A day's worth is kept; older rows go
// whenever a process's hub starts (any instance may: deleting twice is harmless).
import { db } from '../db';

export const LIVE_EVENTS_KEPT_MS = 24 * 60 * 60 * 1000;

export async function pruneLiveEvents(now = Date.now()): Promise<number> {
  const { count } = await db.liveEvent.deleteMany({ where: { createdAt: { lt: new Date(now - LIVE_EVENTS_KEPT_MS) } } });
  return count;
}
