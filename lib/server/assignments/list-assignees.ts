// Who work can be given to: every active account, with its role (a review
// goes only to reviewers and admins). For the assignment pickers; any
// signed-in user may see colleagues' names.
import { z } from 'zod';
import type { Actor } from '@/lib/domain/types';
import { authorize } from '../auth/authorize';
import { role } from '../contract/parts';
import { db } from '../db';

export const assigneeDto = z.object({ id: z.string(), name: z.string(), role }).meta({ id: 'Assignee' });
export type AssigneeDto = z.infer<typeof assigneeDto>;

export async function listAssignees({ actor }: { actor: Actor }): Promise<AssigneeDto[]> {
  authorize(actor, 'article:read');
  return db.user.findMany({ where: { active: true }, select: { id: true, name: true, role: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
}
