// GET /api/events — every article's changes as they happen (text/event-stream): the review queue and the desk follow it.
import { requireActor } from '@/lib/server/auth/current-actor';
import { openEventStream } from '@/lib/server/events/open-event-stream';
import { route } from '@/lib/server/http/route';

export const dynamic = 'force-dynamic';

export const GET = route('GET /api/events', async (req, _params, read) => {
  const actor = await requireActor(req);
  return openEventStream({ actor, articleId: null, query: read.query(), lastEventIdHeader: req.headers.get('last-event-id'), signal: req.signal });
});
