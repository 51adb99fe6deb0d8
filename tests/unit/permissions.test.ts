import { can, canReviewAny, decide, type Action } from '@/lib/domain/permissions';
import { ROLES, type Actor, type Role } from '@/lib/domain/types';

// The matrix of docs/architecture.md#permissions, written out per role for a claim of one's own and of
// someone else. "submit" follows "edit": a claim goes to review on its author's
// (or an admin's) word, as permissions.ts decides.
type Cell = { own: boolean; others: boolean };
const all: Cell = { own: true, others: true };
const none: Cell = { own: false, others: false };
const ownOnly: Cell = { own: true, others: false };
const othersOnly: Cell = { own: false, others: true };

const MATRIX: Record<Action, Record<Role, Cell>> = {
  'article:read': { EDITOR: all, REVIEWER: all, ADMIN: all },
  'export:read': { EDITOR: all, REVIEWER: all, ADMIN: all },
  'article:create': { EDITOR: all, REVIEWER: all, ADMIN: all },
  'revision:create': { EDITOR: all, REVIEWER: all, ADMIN: all },
  'claim:create': { EDITOR: all, REVIEWER: all, ADMIN: all },
  // Evidence is content: sources change with the claim's author or an admin.
  'source:add': { EDITOR: ownOnly, REVIEWER: ownOnly, ADMIN: all },
  'source:edit': { EDITOR: ownOnly, REVIEWER: ownOnly, ADMIN: all },
  'claim:submit': { EDITOR: ownOnly, REVIEWER: ownOnly, ADMIN: all },
  'claim:edit': { EDITOR: ownOnly, REVIEWER: ownOnly, ADMIN: all },
  'claim:delete': { EDITOR: ownOnly, REVIEWER: ownOnly, ADMIN: all },
  'source:remove': { EDITOR: ownOnly, REVIEWER: ownOnly, ADMIN: all },
  // Four eyes: nobody, admins included, reviews a claim they wrote.
  'claim:review': { EDITOR: none, REVIEWER: othersOnly, ADMIN: othersOnly },
  // Anyone may comment: it is where a colleague proposes a source.
  'comment:add': { EDITOR: all, REVIEWER: all, ADMIN: all },
  'users:manage': { EDITOR: none, REVIEWER: none, ADMIN: all },
  'verdicts:manage': { EDITOR: none, REVIEWER: none, ADMIN: all },
  // The people who approve verdicts decide when the desk's page goes public.
  'article:publish': { EDITOR: none, REVIEWER: all, ADMIN: all },
  'assignment:set': { EDITOR: none, REVIEWER: all, ADMIN: all },
};

const ACTIONS = Object.keys(MATRIX) as Action[];
const actor = (role: Role): Actor => ({ id: `user-${role.toLowerCase()}`, role });
const CASES = ACTIONS.flatMap((action) => ROLES.flatMap((role) => [[action, role, 'own', MATRIX[action][role].own] as const, [action, role, "others'", MATRIX[action][role].others] as const]));

describe('permission matrix: every role x action x own/others', () => {
  it('has 16 actions x 3 roles x 2 ownerships', () => {
    expect(CASES).toHaveLength(102);
  });

  it.each(CASES)('%s by %s on %s claim -> %s', (action, role, whose, allowed) => {
    const me = actor(role);
    const target = { authorId: whose === 'own' ? me.id : 'someone-else' };
    const decision = decide(me, action, target);
    expect(decision.allowed).toBe(allowed);
    expect(can(me, action, target)).toBe(allowed);
    if (!decision.allowed) expect(decision.reason).toEqual(expect.any(String));
  });
});

describe('four eyes', () => {
  it.each<Role>(['REVIEWER', 'ADMIN'])('a %s may not review a claim they wrote', (role) => {
    const decision = decide(actor(role), 'claim:review', { authorId: actor(role).id });
    expect(decision).toEqual({ allowed: false, reason: 'Nobody reviews a claim they wrote' });
  });

  it('a reviewer may review a claim written by another reviewer', () => {
    expect(can({ id: 'r1', role: 'REVIEWER' }, 'claim:review', { authorId: 'r2' })).toBe(true);
  });
});

// Who changed the claim since it was last approved: none of them may review
// it. One row per role and kind of contributor.
describe('four eyes over contributors since the last approval', () => {
  const CONTRIBUTOR_ROWS: [Role, 'contributed' | 'did not contribute', boolean][] = [
    ['REVIEWER', 'contributed', false],
    ['REVIEWER', 'did not contribute', true],
    ['ADMIN', 'contributed', false],
    ['ADMIN', 'did not contribute', true],
    ['EDITOR', 'contributed', false],
    ['EDITOR', 'did not contribute', false],
  ];

  it.each(CONTRIBUTOR_ROWS)("a %s who %s may review someone else's claim -> %s", (role, contributed, allowed) => {
    const me = actor(role);
    const contributorIds = contributed === 'contributed' ? ['a-colleague', me.id] : ['a-colleague'];
    expect(can(me, 'claim:review', { authorId: 'someone-else', contributorIds })).toBe(allowed);
  });

  it('says why, in words the review card can show', () => {
    expect(decide(actor('ADMIN'), 'claim:review', { authorId: 'someone-else', contributorIds: [actor('ADMIN').id] })).toEqual({
      allowed: false,
      reason: 'You changed this claim since it was last approved, so another reviewer must review it',
    });
  });

  it('the author is refused as the author, whether or not they are listed', () => {
    const me = actor('REVIEWER');
    expect(decide(me, 'claim:review', { authorId: me.id, contributorIds: [] })).toEqual({ allowed: false, reason: 'Nobody reviews a claim they wrote' });
  });
});

describe('sources', () => {
  it.each(['source:add', 'source:edit', 'source:remove'] as const)('%s by another editor is refused with a pointer to the comments', (action) => {
    const decision = decide(actor('EDITOR'), action, { authorId: 'someone-else' });
    expect(decision).toEqual({ allowed: false, reason: expect.stringMatching(/comments/) });
  });
});

describe('edge cases of ownership', () => {
  it.each<Role>(['EDITOR', 'REVIEWER'])('a %s without a known author is treated as not the owner', (role) => {
    expect(can(actor(role), 'claim:edit')).toBe(false);
    expect(can(actor(role), 'claim:edit', {})).toBe(false);
  });

  it('an empty author id never matches an actor with an empty id', () => {
    expect(can({ id: '', role: 'EDITOR' }, 'claim:delete', { authorId: '' })).toBe(false);
  });

  it('roles are not inferred from ids: an editor named like an admin is still an editor', () => {
    expect(can({ id: 'admin', role: 'EDITOR' }, 'users:manage')).toBe(false);
  });
});

// The one "may this user review anything" question: the role alone answers,
// and it agrees with 'claim:review' asked without a claim or about someone
// else's claim nobody has changed since its approval.
describe('canReviewAny: every role', () => {
  const ROWS: [Role, boolean][] = [
    ['EDITOR', false],
    ['REVIEWER', true],
    ['ADMIN', true],
  ];

  it('covers every role', () => {
    expect(ROWS.map(([role]) => role).sort()).toEqual([...ROLES].sort());
  });

  it.each(ROWS)('a %s may review something -> %s', (role, allowed) => {
    const me = actor(role);
    expect(canReviewAny(me)).toBe(allowed);
    expect(can(me, 'claim:review')).toBe(allowed);
    expect(can(me, 'claim:review', { authorId: 'someone-else', contributorIds: [] })).toBe(allowed);
  });
});
