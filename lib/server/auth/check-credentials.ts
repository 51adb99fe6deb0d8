// Verifies an e-mail and password and records the attempt for the sign-in
// throttle. Unknown e-mail and wrong password look the same to the caller,
// and both cost one hash verification and one recorded attempt, so timing
// does not reveal which accounts exist.
import { db } from '../db';
import { hashPassword, verifyPassword } from './passwords';
import { normalizeSignInEmail, recordSignInAttempt } from './sign-in-throttle';
import type { Actor, Role } from '@/lib/domain/types';

let dummyHash: Promise<string> | undefined;

async function findActor(email: string, password: string): Promise<Actor | null> {
  if (!email || !password) return null;
  const user = await db.user.findUnique({ where: { email } });
  if (!user || !user.active) {
    dummyHash ??= hashPassword('not-a-real-password');
    await verifyPassword(await dummyHash, password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { id: user.id, role: user.role as Role, name: user.name, email: user.email };
}

/** `ip` is the client's address (lib/server/http/client-ip.ts), counted by the throttle. */
export async function checkCredentials(email: string, password: string, ip = 'unknown'): Promise<Actor | null> {
  const normalized = normalizeSignInEmail(email);
  const actor = await findActor(normalized, password);
  await recordSignInAttempt({ email: normalized, ip, success: actor !== null });
  return actor;
}
