// Turns a ZodError into `{ "field.path": "message" }`, the `details` of a 422.
import type { ZodError } from 'zod';

/** The message of every 422 whose details come from a schema (the server's, and the browser's own check before sending). */
export const INVALID_REQUEST = 'The request is not valid';

export function zodDetails(error: ZodError): Record<string, string> {
  const details: Record<string, string> = {};
  for (const issue of error.issues) {
    // A strict schema reports extra fields as one issue on the parent; name each field instead.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    for (const path of keys) {
      const key = path.length > 0 ? path.join('.') : '_';
      details[key] ??= issue.code === 'unrecognized_keys' ? 'is not a field of this request' : issue.message;
    }
  }
  return details;
}
