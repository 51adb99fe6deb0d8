// A user changes their own password. The current password is checked like a
// sign-in (reserved and counted by the sign-in throttle), so a session left
// open on a shared machine cannot be used to guess it faster than the sign-in
// form allows. The new password is hashed before the transaction (Argon2 is
// deliberately slow). The caller's other sessions end with the change; the
// one making it goes on, so the form can say "done" and the user keeps working.
import { AppError } from '@/lib/domain/errors';
import { passwordProblems } from '@/lib/domain/password-rules';
import type { ChangePasswordBody } from '@/lib/validation/users';
import { recordAudit } from '../audit';
import { checkCredentials } from '../auth/check-credentials';
import type { SessionActor } from '../auth/current-actor';
import { hashPassword } from '../auth/passwords';
import { revokeSessions } from '../auth/revoke-sessions';
import { db } from '../db';
import { USER_SELECT, toUserDto, type UserDto } from './user-dto';

export interface ChangeOwnPasswordOptions {
  actor: SessionActor;
  input: ChangePasswordBody;
  /** the client's address, counted by the throttle (lib/server/http/client-ip.ts) */
  ip: string;
}

export async function changeOwnPassword({ actor, input, ip }: ChangeOwnPasswordOptions): Promise<UserDto> {
  // Refusals that need no password check come first: they write nothing, not even an attempt.
  const problems = passwordProblems(input.newPassword, { email: actor.email, name: actor.name });
  if (input.newPassword === input.currentPassword) problems.push('choose a password different from the current one');
  if (problems.length > 0) throw new AppError('INVALID', 'The new password is not acceptable', { newPassword: problems.join('; ') });

  const verified = await checkCredentials(actor.email, input.currentPassword, ip);
  if (!verified || verified.id !== actor.id) {
    throw new AppError('INVALID', 'The current password is not right', { currentPassword: 'is not your current password' });
  }

  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id: actor.id }, data: { passwordHash, mustChangePassword: false }, select: USER_SELECT });
    const ended = await revokeSessions(tx, actor.id, { except: actor.sessionId });
    // What changed, never the password or its hash.
    await recordAudit(tx, { actorId: actor.id, entityType: 'User', entityId: actor.id, action: 'user.password_changed', after: { otherSessionsEnded: ended } });
    return toUserDto(user);
  });
}
