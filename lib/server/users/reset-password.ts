// An admin resets someone's password: a generated one-time password, answered
// once and stored only as its hash. The user's sessions end, and at their next
// sign-in they must choose their own password before anything else.
import { randomInt } from 'node:crypto';
import { AppError } from '@/lib/domain/errors';
import { passwordProblems } from '@/lib/domain/password-rules';
import type { Actor } from '@/lib/domain/types';
import { recordAudit } from '../audit';
import { authorize } from '../auth/authorize';
import { hashPassword } from '../auth/passwords';
import { revokeSessions } from '../auth/revoke-sessions';
import { db } from '../db';
import { USER_SELECT, toUserDto, type UserDto } from './user-dto';

// Lower case letters and digits without look-alikes (0/o, 1/l/i): read out or
// typed from a note without mistakes. 20 characters: about 98 bits.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

function oneTimePassword(): string {
  const groups = Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''));
  return groups.join('-');
}

export interface ResetPasswordOptions {
  actor: Actor;
  userId: string;
}

export async function resetPassword({ actor, userId }: ResetPasswordOptions): Promise<{ user: UserDto; oneTimePassword: string }> {
  authorize(actor, 'users:manage');
  const target = await db.user.findUnique({ where: { id: userId }, select: { email: true, name: true } });
  if (!target) throw new AppError('NOT_FOUND', 'No such user');
  // Random letters could spell part of the name; draw again in that (rare) case.
  let password = oneTimePassword();
  while (passwordProblems(password, target).length > 0) password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  const user = await db.$transaction(async (tx) => {
    const updated = await tx.user.update({ where: { id: userId }, data: { passwordHash, mustChangePassword: true }, select: USER_SELECT });
    const ended = await revokeSessions(tx, userId);
    await recordAudit(tx, { actorId: actor.id, entityType: 'User', entityId: userId, action: 'user.password_reset', after: { mustChangePassword: true, sessionsEnded: ended } });
    return toUserDto(updated);
  });
  return { user, oneTimePassword: password };
}
