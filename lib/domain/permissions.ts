// The permission matrix of DESIGN.md, the only place it is written down. Route
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
  | 'source:remove'
  | 'claim:review'
  | 'comment:add'
  | 'export:read'
  | 'users:manage'
  | 'verdicts:manage';

/** What a rule may need to know about the thing acted on. */
export interface Target {
  /** author of the claim concerned */
  authorId?: string;
  /** who added the source concerned (source:remove) */
  sourceAddedById?: string;
}

export type Decision = { allowed: true } | { allowed: false; reason: string };

const ALLOW: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });

const isOwn = (actor: Actor, target?: Target) => !!target?.authorId && target.authorId === actor.id;

export function decide(actor: Actor, action: Action, target?: Target): Decision {
  switch (action) {
    case 'article:read':
    case 'export:read':
    case 'article:create':
    case 'revision:create':
    case 'claim:create':
    case 'source:add':
      return ALLOW;
    case 'claim:edit':
    case 'claim:delete':
    case 'claim:submit':
      if (actor.role === 'ADMIN' || isOwn(actor, target)) return ALLOW;
      return deny('Only the author of a claim or an admin may change it');
    case 'source:remove':
      if (actor.role === 'ADMIN' || isOwn(actor, target)) return ALLOW;
      if (target?.sourceAddedById && target.sourceAddedById === actor.id) return ALLOW;
      return deny('Only the claim author, the person who added the source or an admin may remove it');
    case 'claim:review':
      if (actor.role !== 'REVIEWER' && actor.role !== 'ADMIN') return deny('Only reviewers and admins review claims');
      // Four eyes: whoever wrote the claim never judges it, admins included.
      if (isOwn(actor, target)) return deny('Nobody reviews a claim they wrote');
      return ALLOW;
    case 'comment:add':
      // The thread is the author's conversation with the reviewers; other
      // editors read it but do not join in.
      if (actor.role === 'REVIEWER' || actor.role === 'ADMIN' || isOwn(actor, target)) return ALLOW;
      return deny('Only the author of a claim, reviewers and admins may comment on it');
    case 'users:manage':
    case 'verdicts:manage':
      return actor.role === 'ADMIN' ? ALLOW : deny('Only admins may do this');
  }
}

export function can(actor: Actor, action: Action, target?: Target): boolean {
  return decide(actor, action, target).allowed;
}
