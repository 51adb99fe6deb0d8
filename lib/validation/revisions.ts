// Request bodies and queries of the revision endpoints (docs/api.md#articles).
import { z } from './zod';
import { text } from './fields';

export const addRevisionSchema = z
  .object({
    // No length limit here: the service measures bytes after normalising and answers 413.
    text: z.string().min(1, 'the revision has no text'),
    note: text(1_000).trim().optional(),
    /** The revision number the client edited; a newer one on the server means 409, not an overwrite. */
    baseRevision: z.number().int().positive().optional(),
  })
  .strict();
export type AddRevisionBody = z.infer<typeof addRevisionSchema>;

/** A revision number in a query string ("3"), as a positive integer. */
const revisionNumber = z
  .string()
  .regex(/^[0-9]{1,9}$/, 'a revision number')
  .transform(Number)
  .pipe(z.number().int().positive('a revision number'));

export const diffQuerySchema = z.object({
  from: revisionNumber.optional(),
  to: revisionNumber.optional(),
});
export type DiffQuery = z.infer<typeof diffQuerySchema>;
