// Every account, for the admin's user management.
import type { Actor } from '@/lib/domain/types';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { USER_SELECT, toUserDto, type UserDto } from './user-dto';

export interface ListUsersOptions {
  actor: Actor;
}

export async function listUsers({ actor }: ListUsersOptions): Promise<UserDto[]> {
  authorize(actor, 'users:manage');
  const users = await db.user.findMany({ orderBy: [{ name: 'asc' }, { email: 'asc' }], select: USER_SELECT });
  return users.map(toUserDto);
}
