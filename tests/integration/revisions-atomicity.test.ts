// A revision lands whole or not at all: a failure in the engine (before any
// claim is written) or in the audit trail (after every claim was) leaves the
// database as it was. Also: an engine outcome that does not hold its quote is
// never trusted with a highlight.
import { recordAuditMany } from '@/lib/server/audit';
import { runJob } from '@/lib/server/work/run-job';
import { POST } from '@/app/api/articles/[id]/revisions/route';
import { approvedClaim, createClaimAs, getClaimAs, QUOTES, send, type ArticleRef } from './helpers/api';
import { addRevisionAs, reviseSample } from './helpers/revisions';
import { dbSnapshot } from './helpers/snapshot';
import { seedWorld } from './helpers/world';

// The engine runs on the work pool: its job is what fails or lies here.
jest.mock('@/lib/server/work/run-job', () => {
  const actual = jest.requireActual('@/lib/server/work/run-job');
  return { ...actual, runJob: jest.fn(actual.runJob) };
});
jest.mock('@/lib/server/audit', () => {
  const actual = jest.requireActual('@/lib/server/audit');
  return { ...actual, recordAuditMany: jest.fn(actual.recordAuditMany) };
});

const engine = runJob as jest.MockedFunction<typeof runJob>;
const auditMany = recordAuditMany as jest.MockedFunction<typeof recordAuditMany>;

let world: Awaited<ReturnType<typeof seedWorld>>;
let article: ArticleRef;
beforeAll(async () => {
  world = await seedWorld();
  article = { id: world.article.id, text: world.revision.text };
  await approvedClaim(world.editor, world.reviewer, article, QUOTES.nine);
  await createClaimAs(world.editor, article, QUOTES.troops);
  await createClaimAs(world.editor, article, QUOTES.hamrin);
});

async function expectNothingLands(): Promise<void> {
  const before = await dbSnapshot();
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const res = await send(POST, 'POST', `/api/articles/${article.id}/revisions`, { as: world.editor, body: { text: reviseSample(article.text) } }, { id: article.id });
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body.error).toEqual({ code: 'INTERNAL', message: expect.any(String) });
    expect(JSON.stringify(body)).not.toMatch(/exploded|at .*\.ts/);
  } finally {
    quiet.mockRestore();
  }
  expect(await dbSnapshot()).toEqual(before);
}

it('writes nothing when the engine throws', async () => {
  engine.mockImplementationOnce(async () => {
    throw new Error('engine exploded');
  });
  await expectNothingLands();
});

it('writes nothing when the audit trail fails after every claim was updated', async () => {
  auditMany.mockRejectedValueOnce(new Error('audit exploded'));
  await expectNothingLands();
  expect(engine).toHaveBeenCalled();
});

it('orphans a claim rather than trust a position that does not hold the quote', async () => {
  engine.mockImplementationOnce(async (...args) =>
    (await jest.requireActual('@/lib/server/work/run-job').runJob(...args)).map((outcome: any) =>
      outcome.selector.exact === QUOTES.troops ? { ...outcome, anchorStatus: 'INTACT', selector: { ...outcome.selector, start: 0, end: QUOTES.troops.length } } : outcome,
    ),
  );
  const { reanchored } = await addRevisionAs(world.editor, article.id, { text: reviseSample(article.text) });
  const troops = reanchored.find((r: { start: number; end: number; anchorStatus: string }) => r.anchorStatus === 'ORPHANED');
  expect(troops).toMatchObject({ anchorStatus: 'ORPHANED', reason: expect.stringMatching(/does not hold the quote/) });
  const claim = await getClaimAs(world.editor, troops.claimId);
  expect(claim).toMatchObject({ anchorStatus: 'ORPHANED', selector: { exact: QUOTES.troops }, revisionId: world.revision.id });
});
