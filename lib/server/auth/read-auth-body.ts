// next-auth reads every POST body itself (JSON when the content type says so,
// else a form) with no size limit, and a malformed JSON body makes it throw:
// a 500. Its route handler reads the body here first, so such bodies get
// 413 or 422 in the error shape (docs/api.md#errors) instead. A sign-in form is a few hundred bytes.
import { AppError } from '@/lib/domain/errors';
import { nulPath, readText } from '../http/read-body';
import { INVALID_REQUEST } from '@/lib/validation/zod-details';

export const MAX_AUTH_BODY_BYTES = 64 * 1024;

/** The fields of a form body; a field given twice is refused (422). */
function formFields(body: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    // next-auth keeps the last of two `email` fields, a reader of the first
    // would throttle another e-mail than next-auth checks: one rule, no second field.
    if (Object.hasOwn(fields, key)) throw new AppError('INVALID', INVALID_REQUEST, { [key]: 'given more than once' });
    fields[key] = value;
  }
  return fields;
}

/**
 * The fields of a POST body as next-auth will read them (next-auth/next/utils
 * getBody: JSON when the content type includes application/json, else a form),
 * or undefined for other methods. Throws 413 for a body over the limit, 422 for
 * one that is not UTF-8, not JSON (when sent as JSON), holds U+0000, or repeats a form field.
 */
export async function readAuthBody(req: Request): Promise<unknown> {
  if (req.method !== 'POST') return undefined;
  // A clone: next-auth reads the original body itself.
  const body = await readText(req.clone(), MAX_AUTH_BODY_BYTES);
  let fields: unknown;
  if ((req.headers.get('content-type') ?? '').includes('application/json')) {
    try {
      fields = JSON.parse(body);
    } catch {
      throw new AppError('INVALID', 'The body is not valid JSON');
    }
  } else {
    // Read as a form whatever the type says (next-auth reads only
    // x-www-form-urlencoded ones): nothing in it may reach a query either way.
    fields = formFields(body);
  }
  // An e-mail with U+0000 would reach the throttle's and the credentials' queries; PostgreSQL answers those with an error.
  const nul = nulPath(fields);
  if (nul) throw new AppError('INVALID', INVALID_REQUEST, { [nul]: 'must not contain NUL (U+0000) characters' });
  return fields;
}
