// GET /api/articles/:id/events — the article's changes as they happen (text/event-stream), and who else has it open.
import { requireActor } from '@/lib/server/auth/current-actor';
import { openEventStream } from '@/lib/server/events/open-event-stream';
import { route } from '@/lib/server/http/route';

export const dynamic = 'force-dynamic';

export const GET = route('GET /api/articles/{id}/events', async (req, { id }, read) => {
  const actor = await requireActor(req);
  return openEventStream({ actor, articleId: id, query: read.query(), lastEventIdHeader: req.headers.get('last-event-id'), signal: req.signal });
});
