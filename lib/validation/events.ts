// The event streams' resume point: the id of the last event a client saw, as
// EventSource sends it back (the Last-Event-ID header) or in the query
// (`?lastEventId=`, for a client that cannot set headers).
import { z } from './zod';
import { absentWhenEmpty } from './query-params';

export const lastEventIdSchema = z
  .string()
  .regex(/^[0-9]{1,15}$/, 'the id of an event this stream sent')
  .transform(Number);

export const eventsQuerySchema = z.object({ lastEventId: absentWhenEmpty(lastEventIdSchema) });
export type EventsQuery = z.infer<typeof eventsQuerySchema>;
