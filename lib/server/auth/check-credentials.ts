// Verifies an e-mail and password. Unknown e-mail and wrong password look the
// same to the caller, and both cost one hash verification, so timing does not
// reveal which accounts exist.
import { db } from '../db';
import { hashPassword, verifyPassword } from './passwords';
import type { Actor, Role } from '@/lib/domain/types';

let dummyHash: Promise<string> | undefined;

export async function checkCredentials(email: string, password: string): Promise<Actor | null> {
  const normalized = email.trim().toLowerCase();
  if (!normalized || !password) return null;
  const user = await db.user.findUnique({ where: { email: normalized } });
  if (!user || !user.active) {
    dummyHash ??= hashPassword('not-a-real-password');
    await verifyPassword(await dummyHash, password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { id: user.id, role: user.role as Role, name: user.name, email: user.email };
}
