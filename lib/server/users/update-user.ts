// An admin changes a user's role, name or active flag. Deactivation and a
// role change also end the user's sessions (in the same transaction): they
// sign in again, and see the workbench as their new role from the start.
import { AppError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/types';
import type { UpdateUserBody } from '@/lib/validation/users';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { recordAudit } from '../audit';
import { revokeSessions } from '../auth/revoke-sessions';
import { USER_SELECT, toUserDto, type UserDto } from './user-dto';

export interface UpdateUserOptions {
  actor: Actor;
  userId: string;
  input: UpdateUserBody;
}

export async function updateUser({ actor, userId, input }: UpdateUserOptions): Promise<UserDto> {
  authorize(actor, 'users:manage');
  return db.$transaction(async (tx) => {
    const current = await tx.user.findUnique({ where: { id: userId }, select: USER_SELECT });
    if (!current) throw new AppError('NOT_FOUND', 'No such user');

    const losesAdmin = current.role === 'ADMIN' && current.active && (input.active === false || (input.role !== undefined && input.role !== 'ADMIN'));
    // Without an active admin nobody could manage users or the scale again.
    if (losesAdmin && (await tx.user.count({ where: { role: 'ADMIN', active: true } })) <= 1) {
      throw new AppError('CONFLICT', 'This is the last active admin; make someone else admin first', { role: 'the last active admin must stay' });
    }

    const updated = await tx.user.update({ where: { id: userId }, data: input, select: USER_SELECT });
    if (updated.role !== current.role || (current.active && !updated.active)) await revokeSessions(tx, userId);
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: 'User',
      entityId: userId,
      action: 'user.updated',
      before: toUserDto(current),
      after: toUserDto(updated),
    });
    return toUserDto(updated);
  });
}
