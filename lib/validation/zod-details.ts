// Turns a ZodError into `{ "field.path": "message" }`, the `details` of a 422.
import type { ZodError } from 'zod';

export function zodDetails(error: ZodError): Record<string, string> {
  const details: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : '_';
    details[key] ??= issue.message;
  }
  return details;
}
