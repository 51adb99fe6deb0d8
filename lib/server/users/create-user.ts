// An admin opens an account. The password is hashed before the transaction
// (Argon2 is deliberately slow; no need to hold the write lock meanwhile).
import { AppError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/types';
import type { CreateUserBody } from '@/lib/validation/users';
import { authorize } from '../auth/authorize';
import { hashPassword } from '../auth/passwords';
import { db } from '../db';
import { recordAudit } from '../audit';
import { USER_SELECT, toUserDto, type UserDto } from './user-dto';

export interface CreateUserOptions {
  actor: Actor;
  input: CreateUserBody;
}

export async function createUser({ actor, input }: CreateUserOptions): Promise<UserDto> {
  authorize(actor, 'users:manage');
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new AppError('CONFLICT', 'An account with this e-mail already exists', { email: 'already in use' });
    }
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash },
      select: USER_SELECT,
    });
    const dto = toUserDto(user);
    await recordAudit(tx, { actorId: actor.id, entityType: 'User', entityId: user.id, action: 'user.created', after: dto });
    return dto;
  });
}
