// The API's User shape. The select is the guarantee that a password hash
// never leaves the server: it is simply never read.
import type { Role } from '@/lib/domain/types';

export const USER_SELECT = { id: true, email: true, name: true, role: true, active: true, mustChangePassword: true, createdAt: true, updatedAt: true } as const;

export interface UserDto {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  /** signs in with an admin's one-time password: must choose a new one before anything else */
  mustChangePassword: boolean;
  createdAt: string;
  updatedAt: string;
}

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
