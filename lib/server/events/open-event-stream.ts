// Opens a stream of live changes for a signed-in user: one article's (it must
// exist: 404 otherwise; anyone signed in reads every article) or the whole
// desk's. Resumes after the Last-Event-ID header or ?lastEventId=.
import { AppError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/types';
import { lastEventIdSchema, type EventsQuery } from '@/lib/validation/events';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { eventStream } from './event-stream';

export interface OpenEventStreamOptions {
  actor: Actor & { name?: string };
  articleId: string | null;
  query: EventsQuery;
  lastEventIdHeader: string | null;
  signal: AbortSignal;
}

export async function openEventStream({ actor, articleId, query, lastEventIdHeader, signal }: OpenEventStreamOptions): Promise<Response> {
  authorize(actor, 'article:read');
  if (articleId && !(await db.article.findUnique({ where: { id: articleId }, select: { id: true } }))) throw new AppError('NOT_FOUND', 'No such article');
  let lastEventId = query.lastEventId ?? null;
  if (lastEventIdHeader !== null && lastEventIdHeader !== '') {
    const parsed = lastEventIdSchema.safeParse(lastEventIdHeader);
    if (!parsed.success) throw new AppError('INVALID', 'The Last-Event-ID header is not an id this stream sent', { 'Last-Event-ID': parsed.error.issues[0].message });
    lastEventId = parsed.data;
  }
  const name = actor.name ?? (await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } })).name;
  return eventStream({ signal, articleId, user: { id: actor.id, name }, lastEventId });
}
