// Validates a request's query string with a zod schema; 422 naming the
// parameters that do not fit, like a body would.
import type { z } from 'zod';
import { parseWith } from './read-body';

export function readQuery<S extends z.ZodType>(req: Request, schema: S): z.infer<S> {
  const params = new URL(req.url).searchParams;
  return parseWith(schema, Object.fromEntries(params.entries()));
}
