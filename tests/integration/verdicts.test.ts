import { GET, PUT } from '@/app/api/verdicts/route';
import { DEFAULT_VERDICT_SCALE } from '@/lib/domain/verdicts';
import { db } from '@/lib/server/db';
import { createClaimAs, QUOTES, send, sendOk, type ArticleRef } from './helpers/api';
import { dbSnapshot } from './helpers/snapshot';
import { seedWorld } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
let article: ArticleRef;
beforeAll(async () => {
  world = await seedWorld();
  article = { id: world.article.id, text: world.revision.text };
});

const put = (as: typeof world.editor | undefined, verdicts: unknown) => send(PUT, 'PUT', '/api/verdicts', { as, body: { verdicts } });

describe('GET /api/verdicts', () => {
  it('returns the scale in order to anyone signed in', async () => {
    const { verdicts } = await sendOk(200, GET, 'GET', '/api/verdicts', { as: world.editor });
    expect(verdicts).toEqual(DEFAULT_VERDICT_SCALE);
  });

  it('answers 401 without a session', async () => {
    expect((await send(GET, 'GET', '/api/verdicts')).status).toBe(401);
  });
});

describe('PUT /api/verdicts', () => {
  it('lets an admin relabel, reorder, add and remove unused options; audited', async () => {
    const scale = DEFAULT_VERDICT_SCALE.filter((o) => o.key !== 'unverifiable').map((o) => (o.key === 'true' ? { ...o, label: 'Correct', order: 10 } : o));
    scale.push({ key: 'satire', label: 'Satire', ratingValue: null, normalized: 'OTHER', color: '#123456', order: 0 });
    const res = await put(world.admin, scale);
    expect(res.status).toBe(200);
    const { verdicts } = await res.json();
    expect(verdicts[0]).toEqual({ key: 'satire', label: 'Satire', ratingValue: null, normalized: 'OTHER', color: '#123456', order: 0 });
    expect(verdicts[verdicts.length - 1]).toMatchObject({ key: 'true', label: 'Correct' });
    expect(verdicts.map((v: { key: string }) => v.key)).not.toContain('unverifiable');
    expect((await sendOk(200, GET, 'GET', '/api/verdicts', { as: world.reviewer })).verdicts).toEqual(verdicts);
    expect(await db.auditEvent.count({ where: { action: 'verdicts.replaced', actorId: world.admin.id } })).toBe(1);
    await put(world.admin, DEFAULT_VERDICT_SCALE);
  });

  it('keeps the verdicts of claims whose option is relabelled', async () => {
    const claim = await createClaimAs(world.editor, article, QUOTES.nine, { verdict: 'mostly-false' });
    const relabelled = DEFAULT_VERDICT_SCALE.map((o) => (o.key === 'mostly-false' ? { ...o, label: 'Largely false' } : o));
    expect((await put(world.admin, relabelled)).status).toBe(200);
    const row = await db.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { verdict: true } });
    expect(row.verdict?.label).toBe('Largely false');
    await put(world.admin, DEFAULT_VERDICT_SCALE);
  });

  it('answers 409 naming the keys when a removed option is still used by a claim, and changes nothing', async () => {
    await createClaimAs(world.editor, article, QUOTES.wounded, { verdict: 'misleading' });
    const before = await dbSnapshot();
    const res = await put(
      world.admin,
      DEFAULT_VERDICT_SCALE.filter((o) => o.key !== 'misleading'),
    );
    expect(res.status).toBe(409);
    const { error } = await res.json();
    expect(error.code).toBe('CONFLICT');
    expect(error.details.keysInUse).toEqual({ misleading: 1 });
    expect(await dbSnapshot()).toEqual(before);
  });

  it('answers 403 for editors and reviewers, 401 without a session; nothing changes', async () => {
    const before = await dbSnapshot();
    const scale = [{ ...DEFAULT_VERDICT_SCALE[0], label: 'Hacked' }];
    expect((await put(world.editor, scale)).status).toBe(403);
    expect((await put(world.reviewer, scale)).status).toBe(403);
    expect((await put(undefined, scale)).status).toBe(401);
    expect(await dbSnapshot()).toEqual(before);
  });

  it('answers 422 naming the field for duplicate keys, bad colours, wrong types and an empty scale', async () => {
    const before = await dbSnapshot();
    const base = DEFAULT_VERDICT_SCALE[0];
    const cases: [unknown, string][] = [
      [[base, { ...base, label: 'Again' }], 'verdicts.1.key'],
      [[{ ...base, color: 'red' }], 'verdicts.0.color'],
      [[{ ...base, ratingValue: 'five' }], 'verdicts.0.ratingValue'],
      [[{ ...base, normalized: 'MAYBE' }], 'verdicts.0.normalized'],
      [[{ ...base, key: 'Has Spaces' }], 'verdicts.0.key'],
      [[], 'verdicts'],
      ['not a list', 'verdicts'],
    ];
    for (const [verdicts, field] of cases) {
      const res = await put(world.admin, verdicts);
      expect(res.status).toBe(422);
      expect((await res.json()).error.details).toHaveProperty([field]);
    }
    expect(await dbSnapshot()).toEqual(before);
  });
});
