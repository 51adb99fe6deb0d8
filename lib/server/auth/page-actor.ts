// The signed-in user for server-rendered pages: the same session check as the
// API (current-actor.ts). Everyone else goes to sign-in; a user who must change
// their password goes to the change-password page before anything else.
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { actorBySession, tokenSession, type SessionActor } from './current-actor';
import { decodeSessionToken } from './decode-session-token';
import { authSecret } from './secret';

export const CHANGE_PASSWORD_PAGE = '/change-password';

/** What pages get, and may hand to client components: the session's id stays on the server. */
export type PageActor = Omit<SessionActor, 'sessionId'>;

export async function requirePageActor({ duringPasswordChange = false }: { duringPasswordChange?: boolean } = {}): Promise<PageActor> {
  // Read like getToken reads anything request-shaped: the cookie (and an Authorization header).
  const req = { headers: await headers(), cookies: await cookies() };
  const session = tokenSession(await decodeSessionToken(req, authSecret()));
  const actor = session ? await actorBySession(session) : null;
  if (!actor) redirect('/signin');
  if (actor.mustChangePassword && !duringPasswordChange) redirect(CHANGE_PASSWORD_PAGE);
  const { sessionId: _, ...pageActor } = actor;
  return pageActor;
}
