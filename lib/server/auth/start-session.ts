// A sign-in opens a server-side session: the JWT cookie only names it (`sid`),
// so the server can end it before the cookie expires (sign-out, password
// change or reset, deactivation, role change).
import { db } from '../db';

/** The absolute lifetime of a session: fixed at sign-in, never extended however often the cookie is renewed. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

/** Opens a session for `userId`; its id goes into the JWT as `sid`. */
export async function startSession(userId: string): Promise<string> {
  const now = new Date();
  const session = await db.session.create({
    data: { userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS) },
    select: { id: true },
  });
  return session.id;
}
