// Shapes of the account endpoints (docs/api.md#accounts).
import type { Role } from '@/lib/domain/types';

export type { UserDto as User } from '@/lib/server/users/user-dto';

export const ROLE_LABELS: Record<Role, string> = { EDITOR: 'Editor', REVIEWER: 'Reviewer', ADMIN: 'Admin' };
