// next-auth reads every POST body itself (JSON when the content type says so,
// else a form) with no size limit, and a malformed JSON body makes it throw:
// a 500. Its route handler asks here first, so such bodies get API.md's 413
// or 422 instead. A sign-in form is a few hundred bytes.
import { AppError } from '@/lib/domain/errors';
import { nulPath, readText } from '../http/read-body';
import { errorResponse } from '../http/responses';

export const MAX_AUTH_BODY_BYTES = 64 * 1024;

/** 413 for a body over the limit, 422 for one that is not UTF-8, not JSON (when sent as JSON) or holds U+0000; null when next-auth can read it. */
export async function refuseUnreadableAuthBody(req: Request): Promise<Response | null> {
  if (req.method !== 'POST') return null;
  try {
    // A clone: next-auth reads the original body itself.
    const body = await readText(req.clone(), MAX_AUTH_BODY_BYTES);
    // The test next-auth itself applies (next-auth/next/utils getBody).
    let fields: unknown;
    if ((req.headers.get('content-type') ?? '').includes('application/json')) {
      try {
        fields = JSON.parse(body);
      } catch {
        throw new AppError('INVALID', 'The body is not valid JSON');
      }
    } else {
      fields = Object.fromEntries(new URLSearchParams(body));
    }
    // An e-mail with U+0000 would reach the throttle's and the credentials' queries; PostgreSQL answers those with an error.
    const nul = nulPath(fields);
    if (nul) throw new AppError('INVALID', 'The request is not valid', { [nul]: 'must not contain NUL (U+0000) characters' });
    return null;
  } catch (error) {
    return errorResponse(error);
  }
}
