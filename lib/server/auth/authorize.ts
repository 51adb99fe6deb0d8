// Turns a "no" from the permission matrix into a 403. The rule itself lives
// only in lib/domain/permissions.ts; this just saves every service the if.
import { AppError } from '@/lib/domain/errors';
import { decide, type Action, type Target } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/types';

export function authorize(actor: Actor, action: Action, target?: Target): void {
  const decision = decide(actor, action, target);
  if (!decision.allowed) throw new AppError('FORBIDDEN', decision.reason);
}
