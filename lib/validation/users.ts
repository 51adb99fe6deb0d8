// Account management bodies (admin only).
import { z } from 'zod';
import { ROLES } from '@/lib/domain/types';

export const MIN_PASSWORD_LENGTH = 10;

const name = z.string().trim().min(1, 'give a name').max(200);

export const createUserSchema = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email('must be an e-mail address')).pipe(z.string().max(320)),
    name,
    role: z.enum(ROLES),
    password: z.string().min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`).max(200),
  })
  .strict();
export type CreateUserBody = z.infer<typeof createUserSchema>;

export const updateUserSchema = z
  .object({
    role: z.enum(ROLES).optional(),
    active: z.boolean().optional(),
    name: name.optional(),
  })
  .strict();
export type UpdateUserBody = z.infer<typeof updateUserSchema>;
