// Account management bodies (admin only).
import { z } from './zod';
import { MAX_PASSWORD_LENGTH, passwordProblems } from '@/lib/domain/password-rules';
import { ROLES } from '@/lib/domain/types';

const name = z.string().trim().min(1, 'give a name').max(200);

export const createUserSchema = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email('must be an e-mail address')).pipe(z.string().max(320)),
    name,
    role: z.enum(ROLES),
    password: z.string(),
  })
  .strict()
  // On the whole body: whether a password is acceptable depends on whose it is.
  .superRefine((body, ctx) => {
    const problems = passwordProblems(body.password, { email: body.email, name: body.name });
    if (problems.length > 0) ctx.addIssue({ code: 'custom', path: ['password'], message: problems.join('; ') });
  });
export type CreateUserBody = z.infer<typeof createUserSchema>;

export const updateUserSchema = z
  .object({
    role: z.enum(ROLES).optional(),
    active: z.boolean().optional(),
    name: name.optional(),
  })
  .strict();
export type UpdateUserBody = z.infer<typeof updateUserSchema>;

// A user's own password change. Whether the new password is acceptable
// depends on whose it is (the caller's name and e-mail): the service checks
// that with lib/domain/password-rules.ts.
export const changePasswordSchema = z
  .object({
    // No current password is longer than the rules ever allowed; a longer one only costs hashing time.
    currentPassword: z
      .string()
      .min(1, 'give your current password')
      .max(MAX_PASSWORD_LENGTH * 4),
    newPassword: z.string().max(MAX_PASSWORD_LENGTH * 4),
  })
  .strict();
export type ChangePasswordBody = z.infer<typeof changePasswordSchema>;

/** An admin's password reset takes no options: the body is empty (or `{}`). */
export const resetPasswordSchema = z.object({}).strict();
