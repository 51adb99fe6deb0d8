// The permission matrix (docs/architecture.md#permissions), the only place it is decided. Route
// handlers and services ask here; nothing else decides who may do what.
import type { Actor } from './types';

export type Action =
  | 'article:read'
  | 'article:create'
  | 'revision:create'
  | 'claim:create'
  | 'claim:edit'
  | 'claim:delete'
  | 'claim:submit'
  | 'source:add'
  | 'source:edit'
  | 'source:remove'
  | 'claim:review'
  | 'comment:add'
  | 'export:read'
  | 'article:publish'
  | 'assignment:set'
  | 'users:manage'
  | 'verdicts:manage';

/** What a rule may need to know about the thing acted on. */
export interface Target {
  /** author of the claim concerned */
  authorId?: string;
  /**
   * who changed the claim's content or sources since it was last approved
   * (claim:review): the claim's ClaimContributor rows
   */
  contributorIds?: readonly string[];
}

export type Decision = { allowed: true } | { allowed: false; reason: string };

const ALLOW: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });

const isOwn = (actor: Actor, target?: Target) => !!target?.authorId && target.authorId === actor.id;

/**
 * May this user review anything at all? Their role alone answers: reviewers
 * and admins do. Whether they may review a given claim is 'claim:review' with
 * that claim as the target (four eyes); asked without a target, 'claim:review'
 * answers this same question.
 */
export function canReviewAny(actor: Pick<Actor, 'role'>): boolean {
  return actor.role === 'REVIEWER' || actor.role === 'ADMIN';
}

export function decide(actor: Actor, action: Action, target?: Target): Decision {
  switch (action) {
    case 'article:read':
    case 'export:read':
    case 'article:create':
    case 'revision:create':
    case 'claim:create':
    // Anyone may talk about a claim: a colleague who is not its author
    // proposes a source or a correction here instead of changing it.
    case 'comment:add':
      return ALLOW;
    case 'claim:edit':
    case 'claim:delete':
    case 'claim:submit':
      if (actor.role === 'ADMIN' || isOwn(actor, target)) return ALLOW;
      return deny('Only the author of a claim or an admin may change it');
    // Evidence is content: the sources are part of what a reviewer judged,
    // so they are changed by the same people who change the statement.
    case 'source:add':
    case 'source:edit':
    case 'source:remove':
      if (actor.role === 'ADMIN' || isOwn(actor, target)) return ALLOW;
      return deny("Only the author of a claim or an admin may change its sources; propose a source in the claim's comments");
    case 'claim:review':
      if (!canReviewAny(actor)) return deny('Only reviewers and admins review claims');
      // Four eyes: whoever wrote the claim never judges it, admins included,
      // and neither does anyone who changed what is being judged since it
      // was last approved (an admin's edit is approved by someone else).
      if (isOwn(actor, target)) return deny('Nobody reviews a claim they wrote');
      if (target?.contributorIds?.includes(actor.id)) {
        return deny('You changed this claim since it was last approved, so another reviewer must review it');
      }
      return ALLOW;
    // Publishing shows the desk's approved verdicts to the world under its name:
    // the people who approve verdicts decide when.
    case 'article:publish':
      return canReviewAny(actor) ? ALLOW : deny('Only reviewers and admins publish fact-checks');
    // The desk's leads hand out the work: who checks an article or a claim and who reviews it.
    case 'assignment:set':
      return canReviewAny(actor) ? ALLOW : deny('Only reviewers and admins assign work');
    case 'users:manage':
    case 'verdicts:manage':
      return actor.role === 'ADMIN' ? ALLOW : deny('Only admins may do this');
  }
}

export function can(actor: Actor, action: Action, target?: Target): boolean {
  return decide(actor, action, target).allowed;
}
