// Signing out ends the session on the server too: a copy of the cookie kept
// elsewhere (another tab's, a stolen one) stops working at once.
import { db } from '../db';

export async function endSession(sessionId: string): Promise<void> {
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}
