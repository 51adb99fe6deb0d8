// POST /api/claims/:id/anchor: an editor points a claim (an orphan, or one the
// engine placed badly) at words of the latest revision.
import { POST } from '@/app/api/claims/[id]/anchor/route';
import { GET as history } from '@/app/api/claims/[id]/history/route';
import type { ClaimDto } from '@/lib/server/claims/claim-dto';
import { approvedClaim, createClaimAs, getClaimAs, QUOTES, selectionOf, send, sendOk, type ArticleRef } from './helpers/api';
import { addRevisionAs, DELETED_QUOTE, reviseSample } from './helpers/revisions';
import { dbSnapshot } from './helpers/snapshot';
import { seedWorld, type RequestOptions } from './helpers/world';

const NEW_WORDS = 'The raiders did not say how they were injured';

let world: Awaited<ReturnType<typeof seedWorld>>;
let article: ArticleRef;
let newText: string;
let latestId: string;
let orphan: ClaimDto;
beforeAll(async () => {
  world = await seedWorld();
  article = { id: world.article.id, text: world.revision.text };
  const claim = await createClaimAs(world.editor, article, DELETED_QUOTE);
  newText = reviseSample(article.text);
  latestId = (await addRevisionAs(world.editor2, article.id, { text: newText })).revision.id;
  orphan = await getClaimAs(world.editor, claim.id);
});

const anchor = (claimId: string, options: RequestOptions) => send(POST, 'POST', `/api/claims/${claimId}/anchor`, options, { id: claimId });
const anchorOk = async (as: RequestOptions['as'], claimId: string, body: unknown) =>
  (await sendOk(200, POST, 'POST', `/api/claims/${claimId}/anchor`, { as, body }, { id: claimId })).claim as ClaimDto;

async function expectRefused(claimId: string, options: RequestOptions, status: number) {
  const before = await dbSnapshot();
  const res = await anchor(claimId, options);
  expect(res.status).toBe(status);
  const { error } = await res.json();
  expect(await dbSnapshot()).toEqual(before);
  return error;
}

describe('POST /api/claims/:id/anchor', () => {
  it('re-attaches an orphan to words of the latest revision, keeping the old quote in its history', async () => {
    expect(orphan).toMatchObject({ anchorStatus: 'ORPHANED', revisionId: world.revision.id });
    const claim = await anchorOk(world.editor, orphan.id, { version: orphan.version, selector: selectionOf(newText, NEW_WORDS) });
    expect(claim).toMatchObject({ anchorStatus: 'INTACT', revisionId: latestId, status: 'DRAFT', version: orphan.version + 1, selector: { exact: NEW_WORDS, start: newText.indexOf(NEW_WORDS) } });
    expect(claim.selector.prefix).toBe(newText.slice(claim.selector.start - 32, claim.selector.start));
    const { events } = await sendOk(200, history, 'GET', `/api/claims/${orphan.id}/history`, { as: world.reviewer }, { id: orphan.id });
    expect(events[events.length - 1]).toMatchObject({
      action: 'claim.reattached',
      actor: { id: world.editor.id },
      before: { selector: { exact: DELETED_QUOTE }, revisionId: world.revision.id, anchorStatus: 'ORPHANED', version: orphan.version },
      after: { selector: { exact: NEW_WORDS }, revisionId: latestId, anchorStatus: 'INTACT', version: orphan.version + 1 },
    });
    orphan = claim;
  });

  it('does nothing when the claim already sits on those words', async () => {
    const again = await anchorOk(world.editor, orphan.id, { version: orphan.version, selector: orphan.selector });
    expect(again).toEqual(orphan);
  });

  it('sends an approved claim back to review when an admin moves it to other words', async () => {
    const latest = { id: article.id, text: newText };
    const approved = await approvedClaim(world.editor, world.reviewer, latest, QUOTES.hamrin);
    const words = 'DNA tests are still being conducted';
    const claim = await anchorOk(world.admin, approved.id, { version: approved.version, selector: selectionOf(newText, words) });
    expect(claim).toMatchObject({ status: 'IN_REVIEW', anchorStatus: 'INTACT', selector: { exact: words } });
  });

  it('answers 422 for a selection that does not match the latest text, or a malformed body', async () => {
    const stale = { version: orphan.version, selector: selectionOf(article.text, DELETED_QUOTE) };
    expect((await expectRefused(orphan.id, { as: world.editor, body: stale }, 422)).details).toHaveProperty(['selector.exact']);
    const cases: [unknown, string][] = [
      [{ version: orphan.version, selector: { exact: 'x', start: 0, end: newText.length + 5 } }, 'selector.end'],
      [{ version: orphan.version, selector: { ...selectionOf(newText, NEW_WORDS), prefix: 'not what precedes it' } }, 'selector.prefix'],
      [{ selector: selectionOf(newText, NEW_WORDS) }, 'version'],
      [{ version: orphan.version }, 'selector'],
      [{ version: orphan.version, selector: selectionOf(newText, NEW_WORDS), status: 'APPROVED' }, 'status'],
    ];
    for (const [body, field] of cases) {
      expect((await expectRefused(orphan.id, { as: world.editor, body }, 422)).details).toHaveProperty([field]);
    }
  });

  it('answers 409 with the current claim for a stale version', async () => {
    const error = await expectRefused(orphan.id, { as: world.editor, body: { version: orphan.version - 1, selector: selectionOf(newText, QUOTES.troops) } }, 409);
    expect(error).toMatchObject({ code: 'CONFLICT', details: { currentVersion: orphan.version, claim: { id: orphan.id } } });
  });

  it('answers 403 to anyone but the author or an admin, 401 without a session, 404 for an unknown claim', async () => {
    const body = { version: orphan.version, selector: selectionOf(newText, QUOTES.troops) };
    expect((await expectRefused(orphan.id, { as: world.editor2, body }, 403)).code).toBe('FORBIDDEN');
    expect((await expectRefused(orphan.id, { as: world.reviewer, body }, 403)).code).toBe('FORBIDDEN');
    expect((await expectRefused(orphan.id, { body }, 401)).code).toBe('UNAUTHENTICATED');
    expect((await expectRefused('nope', { as: world.admin, body }, 404)).code).toBe('NOT_FOUND');
  });
});
