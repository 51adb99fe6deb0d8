// The batched write of a revision's re-anchored claims (one UPDATE ... FROM
// (VALUES ...) per chunk, in raw SQL per database): every field lands in the
// form Prisma reads back, the version guard holds row by row, and chunks add up.
import { db } from '@/lib/server/db';
import { updateClaimAnchorings, type ClaimAnchoringWrite } from '@/lib/server/articles/update-claim-anchorings';
import { createClaimAs, type ArticleRef } from './helpers/api';
import { seedWorld } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
let article: ArticleRef;
beforeAll(async () => {
  world = await seedWorld();
  article = { id: world.article.id, text: world.revision.text };
});

const write = (claimId: string, version: number, overrides: Partial<ClaimAnchoringWrite> = {}): ClaimAnchoringWrite => ({
  claimId,
  version,
  selector: { exact: 'quoted “words”', prefix: "it's ", suffix: ' — end', start: 7, end: 21 },
  revisionId: world.revision.id,
  anchorStatus: 'CHANGED',
  status: 'IN_REVIEW',
  ...overrides,
});

it('writes selector, revision, anchor status and status, bumps the version and the update time', async () => {
  const claim = await createClaimAs(world.editor, article, 'Nine ISIS members were killed');
  const before = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
  const at = new Date(before.updatedAt.getTime() + 60_000);
  const written = await db.$transaction((tx) => updateClaimAnchorings(tx, [write(claim.id, before.version)], at));
  expect(written).toBe(1);
  expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
    exact: 'quoted “words”',
    prefix: "it's ",
    suffix: ' — end',
    start: 7,
    end: 21,
    revisionId: world.revision.id,
    anchorStatus: 'CHANGED',
    status: 'IN_REVIEW',
    version: before.version + 1,
    updatedAt: at,
    statement: before.statement,
  });
});

it('leaves a claim at another version alone and counts only what it wrote', async () => {
  const a = await createClaimAs(world.editor, article, 'about 40,000 US troops');
  const b = await createClaimAs(world.editor, article, 'Hamrin Mountains');
  const rows = await db.claim.findMany({ where: { id: { in: [a.id, b.id] } } });
  const version = (id: string) => rows.find((r) => r.id === id)!.version;
  const written = await db.$transaction((tx) => updateClaimAnchorings(tx, [write(a.id, version(a.id)), write(b.id, version(b.id) - 1)]));
  expect(written).toBe(1);
  expect(await db.claim.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ version: version(b.id), exact: rows.find((r) => r.id === b.id)!.exact });
});

it('writes more rows than one statement takes, the guard holding in every chunk', async () => {
  const template = await db.claim.findFirstOrThrow({ where: { articleId: article.id } });
  await db.claim.createMany({
    data: Array.from({ length: 700 }, (_, i) => ({ id: `bulk-${i}`, articleId: article.id, revisionId: world.revision.id, authorId: template.authorId, exact: 'x', start: 0, end: 1 })),
  });
  const rows = Array.from({ length: 700 }, (_, i) =>
    // Claim 650 (in the second statement) was changed by someone else meanwhile.
    write(`bulk-${i}`, i === 650 ? 2 : 1, { selector: { exact: `q${i}`, prefix: '', suffix: '', start: i, end: i + 2 } }),
  );
  expect(await db.$transaction((tx) => updateClaimAnchorings(tx, rows))).toBe(699);
  const after = await db.claim.findMany({ where: { id: { startsWith: 'bulk-' } }, orderBy: { start: 'asc' } });
  for (const claim of after) {
    const i = Number(claim.id.slice('bulk-'.length));
    expect([claim.id, claim.exact, claim.version]).toEqual(i === 650 ? [claim.id, 'x', 1] : [claim.id, `q${i}`, 2]);
  }
});
