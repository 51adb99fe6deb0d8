// next-auth reads only the first two path segments of /api/auth/... (the
// action and a provider) and ignores the rest, so /api/auth/callback/credentials/x
// signed in like the real callback, past anything guarding that exact path.
// Only the shapes next-auth defines get through; anything longer is 404.
import { AppError } from '@/lib/domain/errors';

/** Actions that take a second segment (a provider id, or an error name). */
const WITH_SECOND_SEGMENT = new Set(['signin', 'callback', 'error']);

/** Throws NOT_FOUND for a path next-auth would answer by ignoring part of it. Unknown actions are next-auth's to refuse (400). */
export function refuseUnknownAuthPath(segments: string[]): void {
  const [action, ...rest] = segments;
  if (rest.length === 0) return;
  if (rest.length === 1 && WITH_SECOND_SEGMENT.has(action)) return;
  throw new AppError('NOT_FOUND', 'There is no such sign-in route');
}

/** The one route where next-auth checks a password: POST /api/auth/callback/credentials. */
export function isCredentialsSignIn(method: string, segments: string[]): boolean {
  return method === 'POST' && segments.length === 2 && segments[0] === 'callback' && segments[1] === 'credentials';
}
