import { AppError } from '@/lib/domain/errors';
import type { ClaimStatus } from '@/lib/domain/types';
import { transition, type WorkflowEvent } from '@/lib/domain/workflow';

/** The status a workflow event leads to, or 409 naming the current status when the machine forbids it. */
export function requireTransition(current: ClaimStatus, event: WorkflowEvent): ClaimStatus {
  const result = transition(current, event);
  if (!result.ok) throw new AppError('CONFLICT', result.reason, { status: current });
  return result.status;
}
