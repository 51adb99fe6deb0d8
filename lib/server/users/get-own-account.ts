// The caller's own account ("who am I"): open even while a password change is
// required, so the UI can tell the user what to do.
import { AppError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/types';
import { db } from '../db';
import { USER_SELECT, toUserDto, type UserDto } from './user-dto';

export async function getOwnAccount({ actor }: { actor: Actor }): Promise<UserDto> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: USER_SELECT });
  if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  return toUserDto(user);
}
