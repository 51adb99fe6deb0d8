// The API's User shape. The select is the guarantee that a password hash
// never leaves the server: it is simply never read.
import { z } from 'zod';
import type { Role } from '@/lib/domain/types';
import { role, timestamp } from '../contract/parts';

export const USER_SELECT = { id: true, email: true, name: true, role: true, active: true, mustChangePassword: true, createdAt: true, updatedAt: true } as const;

export const userDto = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role,
    active: z.boolean(),
    mustChangePassword: z.boolean().meta({ description: "signs in with an admin's one-time password: must choose a new one before anything else" }),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: 'User' });
export type UserDto = z.infer<typeof userDto>;

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  mustChangePassword: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export function toUserDto(row: UserRow): UserDto {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    active: row.active,
    mustChangePassword: row.mustChangePassword,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
