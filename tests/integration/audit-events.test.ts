// The audit trail as stored: every event the services write reads back with
// its action's schema (lib/domain/audit-events.ts), and the data migration
// 20261207000000_audit_verdict_field brings events written before the schema
// to its shape (claim.updated's `verdictKey` is `verdict`), on this database's
// dialect: SQLite by default, PostgreSQL under `npm run test:integration:postgres`.
import fs from 'node:fs';
import path from 'node:path';
import { POST as createArticle } from '@/app/api/articles/route';
import { DELETE as unpublishRoute, POST as publishRoute } from '@/app/api/articles/[id]/publication/route';
import { PUT as assignArticleRoute } from '@/app/api/articles/[id]/assignment/route';
import { PUT as assignClaimRoute } from '@/app/api/claims/[id]/assignment/route';
import { DELETE as deleteClaimRoute } from '@/app/api/claims/[id]/route';
import { POST as restoreClaimRoute } from '@/app/api/claims/[id]/restore/route';
import { POST as anchorRoute } from '@/app/api/claims/[id]/anchor/route';
import { POST as addComment } from '@/app/api/claims/[id]/comments/route';
import { GET as historyRoute } from '@/app/api/claims/[id]/history/route';
import { DELETE as removeSourceRoute, PATCH as updateSourceRoute } from '@/app/api/claims/[id]/sources/[sourceId]/route';
import { PATCH as changePassword } from '@/app/api/me/password/route';
import { POST as resetPassword } from '@/app/api/users/[id]/password-reset/route';
import { PATCH as updateUser } from '@/app/api/users/[id]/route';
import { POST as createUser } from '@/app/api/users/route';
import { GET as listVerdicts, PUT as replaceVerdicts } from '@/app/api/verdicts/route';
import { auditEvent } from '@/lib/domain/audit-events';
import { databaseKind } from '@/lib/server/database-url';
import { db } from '@/lib/server/db';
import { reviewEntryTimes } from '@/lib/server/claims/review-entry-times';
import { addSourceAs, createClaimAs, getClaimAs, patchClaimAs, QUOTES, readyClaimAs, reviewAs, selectionOf, sendOk, submitAs, type ArticleRef } from './helpers/api';
import { addRevisionAs, DELETED_QUOTE, reviseSample } from './helpers/revisions';
import { seedWorld } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
beforeAll(async () => {
  world = await seedWorld();
});

const historyOf = async (claimId: string) => (await sendOk(200, historyRoute, 'GET', `/api/claims/${claimId}/history`, { as: world.editor2 }, { id: claimId })).events;
const stored = (row: { action: string; entityType: string; before: string | null; after: string | null }) => ({
  action: row.action,
  entityType: row.entityType,
  before: row.before === null ? null : JSON.parse(row.before),
  after: row.after === null ? null : JSON.parse(row.after),
});

describe('the events the services write', () => {
  it('all read back with their action’s schema, and every action of the schema is written by some service', async () => {
    const { article } = await sendOk(201, createArticle, 'POST', '/api/articles', { as: world.editor, body: { title: 'Audit trail', text: world.revision.text } });
    const ref: ArticleRef = { id: article.id, text: world.revision.text };

    const claim = await readyClaimAs(world.editor, ref, QUOTES.nine, 'half-true');
    const [source] = claim.sources;
    await sendOk(200, updateSourceRoute, 'PATCH', `/api/claims/${claim.id}/sources/${source.id}`, { as: world.editor, body: { title: 'JOC statement' } }, { id: claim.id, sourceId: source.id });
    const extra = await addSourceAs(world.editor, claim.id, { url: 'https://example.org/extra' });
    await sendOk(204, removeSourceRoute, 'DELETE', `/api/claims/${claim.id}/sources/${extra.id}`, { as: world.editor }, { id: claim.id, sourceId: extra.id });
    await patchClaimAs(world.editor, claim.id, { version: (await getClaimAs(world.editor, claim.id)).version, verdict: 'false', rationale: 'Iraqi JOC statement' });
    await submitAs(world.editor, claim.id);
    await reviewAs(world.reviewer, claim.id, { decision: 'request_changes', comment: 'Name the source' });
    await sendOk(201, addComment, 'POST', `/api/claims/${claim.id}/comments`, { as: world.editor, body: { body: 'Named it' } }, { id: claim.id });
    await submitAs(world.editor, claim.id);
    await reviewAs(world.reviewer, claim.id, { decision: 'approve', comment: 'Good' });
    await sendOk(200, publishRoute, 'POST', `/api/articles/${ref.id}/publication`, { as: world.reviewer }, { id: ref.id });
    await sendOk(204, unpublishRoute, 'DELETE', `/api/articles/${ref.id}/publication`, { as: world.reviewer }, { id: ref.id });
    await sendOk(200, assignArticleRoute, 'PUT', `/api/articles/${ref.id}/assignment`, { as: world.reviewer, body: { editorId: world.editor.id } }, { id: ref.id });
    await sendOk(200, assignClaimRoute, 'PUT', `/api/claims/${claim.id}/assignment`, { as: world.reviewer, body: { reviewerId: world.admin.id } }, { id: claim.id });

    const orphan = await createClaimAs(world.editor, ref, DELETED_QUOTE);
    const newText = reviseSample(ref.text);
    await addRevisionAs(world.editor, ref.id, { text: newText });
    const body = { version: (await getClaimAs(world.editor, orphan.id)).version, selector: selectionOf(newText, 'The raiders did not say how they were injured') };
    await sendOk(200, anchorRoute, 'POST', `/api/claims/${orphan.id}/anchor`, { as: world.editor, body }, { id: orphan.id });
    await sendOk(204, deleteClaimRoute, 'DELETE', `/api/claims/${orphan.id}`, { as: world.editor }, { id: orphan.id });
    await sendOk(200, restoreClaimRoute, 'POST', `/api/claims/${orphan.id}/restore`, { as: world.editor }, { id: orphan.id });

    const { user } = await sendOk(201, createUser, 'POST', '/api/users', {
      as: world.admin,
      body: { email: 'audit@example.com', name: 'Ada Audit', role: 'EDITOR', password: 'a long enough passphrase' },
    });
    await sendOk(200, updateUser, 'PATCH', `/api/users/${user.id}`, { as: world.admin, body: { name: 'Ada Auditor' } }, { id: user.id });
    const { oneTimePassword } = await sendOk(200, resetPassword, 'POST', `/api/users/${user.id}/password-reset`, { as: world.admin }, { id: user.id });
    await sendOk(200, changePassword, 'PATCH', '/api/me/password', { as: { ...user, name: 'Ada Auditor' }, body: { currentPassword: oneTimePassword, newPassword: 'another long passphrase' } });
    const { verdicts } = await sendOk(200, listVerdicts, 'GET', '/api/verdicts', { as: world.admin });
    await sendOk(200, replaceVerdicts, 'PUT', '/api/verdicts', {
      as: world.admin,
      body: { verdicts: verdicts.map((v: { label: string }, i: number) => (i === 0 ? { ...v, label: `${v.label}!` } : v)) },
    });

    const rows = await db.auditEvent.findMany({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    const unread = rows.map((row) => ({ action: row.action, read: auditEvent.safeParse(stored(row)) })).filter(({ read }) => !read.success);
    expect(unread.map(({ action, read }) => ({ action, issues: read.error?.issues }))).toEqual([]);
    const actions = auditEvent.options.map((option) => option.shape.action.value);
    expect([...new Set(rows.map((row) => row.action))].sort()).toEqual([...actions].sort());

    // What the history answers: every event typed, claim.updated with `verdict`.
    const events = await historyOf(claim.id);
    expect(events.every((event: { known: boolean }) => event.known)).toBe(true);
    expect(events.find((event: { action: string }) => event.action === 'claim.updated')).toMatchObject({ before: { verdict: 'half-true' }, after: { verdict: 'false' } });
  });

  it('lists an event it cannot read as stored, with known: false', async () => {
    const claim = await createClaimAs(world.editor, { id: world.article.id, text: world.revision.text }, QUOTES.wounded);
    const odd = { action: 'claim.pinned', entityType: 'Claim', before: null, after: '{"pinned":true}' };
    const misshapen = { action: 'claim.submitted', entityType: 'Claim', before: '{"status":"DRAFT"}', after: '{"state":"IN_REVIEW"}' };
    for (const event of [odd, misshapen]) await db.auditEvent.create({ data: { ...event, actorId: world.editor.id, entityId: claim.id, claimId: claim.id } });
    const events = await historyOf(claim.id);
    expect(events.map((e: { known: boolean }) => e.known)).toEqual([true, false, false]);
    const [pinned, submitted] = ['claim.pinned', 'claim.submitted'].map((action) => events.find((e: { action: string }) => e.action === action));
    expect(pinned).toMatchObject({ known: false, action: 'claim.pinned', before: null, after: { pinned: true }, actor: { id: world.editor.id } });
    expect(submitted).toMatchObject({ known: false, action: 'claim.submitted', before: { status: 'DRAFT' }, after: { state: 'IN_REVIEW' } });
  });
});

describe('migration 20261207000000_audit_verdict_field', () => {
  const prisma = path.join(__dirname, '..', '..', 'prisma');
  const dir = databaseKind() === 'postgresql' ? path.join(prisma, 'postgresql', 'migrations') : path.join(prisma, 'migrations');
  const migrate = () => db.$executeRawUnsafe(fs.readFileSync(path.join(dir, '20261207000000_audit_verdict_field', 'migration.sql'), 'utf8'));

  it('renames verdictKey to verdict in the claim.updated events stored before, and touches nothing else', async () => {
    const claim = await createClaimAs(world.editor, { id: world.article.id, text: world.revision.text }, QUOTES.hamrin);
    const write = (action: string, before: string | null, after: string | null) =>
      db.auditEvent.create({ data: { actorId: world.editor.id, entityType: action === 'comment.added' ? 'Comment' : 'Claim', entityId: claim.id, claimId: claim.id, action, before, after } });
    // As update-claim.ts wrote it before the schema: the verdict as `verdictKey`,
    // and words that merely look like the key (escaped quotes) inside a statement.
    const old = await write(
      'claim.updated',
      '{"statement":"Said \\"verdictKey\\": no","verdictKey":null,"status":"APPROVED","version":3}',
      '{"statement":"verdictKey","verdictKey":"false","status":"IN_REVIEW","version":4}',
    );
    const current = await write('claim.updated', '{"rationale":"","status":"DRAFT","version":1}', '{"rationale":"More","status":"DRAFT","version":2}');
    const comment = await write('comment.added', null, JSON.stringify({ id: 'c1', claimId: claim.id, body: '{"verdictKey":"false"}' }));
    const untouched = await db.auditEvent.findMany({ where: { id: { in: [current.id, comment.id] } }, orderBy: { id: 'asc' } });

    await migrate();

    const migrated = await db.auditEvent.findUniqueOrThrow({ where: { id: old.id } });
    expect(migrated.before).toBe('{"statement":"Said \\"verdictKey\\": no","verdict":null,"status":"APPROVED","version":3}');
    expect(migrated.after).toBe('{"statement":"verdictKey","verdict":"false","status":"IN_REVIEW","version":4}');
    expect(await db.auditEvent.findMany({ where: { id: { in: [current.id, comment.id] } }, orderBy: { id: 'asc' } })).toEqual(untouched);

    // Read back as the schema's claim.updated, and still found by the review queue's entry-time lookup.
    const event = (await historyOf(claim.id)).find((e: { id: string }) => e.id === old.id);
    expect(event).toMatchObject({ known: true, action: 'claim.updated', before: { verdict: null, status: 'APPROVED' }, after: { verdict: 'false', status: 'IN_REVIEW' } });
    expect((await reviewEntryTimes(db, [claim.id])).get(claim.id)).toEqual(migrated.createdAt);

    // Applied again (as on a database that already has it), it changes nothing.
    await migrate();
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: old.id } })).toEqual(migrated);
  });
});
