// Shapes of the account endpoints (API.md "Verdict scale and users").
import type { Role } from '@/lib/domain/types';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  createdAt: string;
}

export const ROLE_LABELS: Record<Role, string> = { EDITOR: 'Editor', REVIEWER: 'Reviewer', ADMIN: 'Admin' };
