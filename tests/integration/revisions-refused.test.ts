// Refused revisions: every one leaves the database exactly as it was.
import { POST } from '@/app/api/articles/[id]/revisions/route';
import { createClaimAs, QUOTES, send, type ArticleRef } from './helpers/api';
import { addRevisionAs, reviseSample } from './helpers/revisions';
import { dbSnapshot } from './helpers/snapshot';
import { seedWorld, type RequestOptions } from './helpers/world';

let world: Awaited<ReturnType<typeof seedWorld>>;
let article: ArticleRef;
beforeAll(async () => {
  world = await seedWorld();
  article = { id: world.article.id, text: world.revision.text };
  await createClaimAs(world.editor, article, QUOTES.nine);
});

const post = (options: RequestOptions, id = article.id) => send(POST, 'POST', `/api/articles/${id}/revisions`, options, { id });

async function expectRefused(options: RequestOptions, status: number, code: string, id = article.id) {
  const before = await dbSnapshot();
  const res = await post(options, id);
  const body = await res.json();
  expect({ status: res.status, code: body.error?.code }).toEqual({ status, code });
  expect(await dbSnapshot()).toEqual(before);
  return body.error;
}

describe('POST /api/articles/:id/revisions refused', () => {
  it('answers 401 without a session and 404 for an unknown article', async () => {
    await expectRefused({ body: { text: 'x' } }, 401, 'UNAUTHENTICATED');
    await expectRefused({ as: world.editor, body: { text: 'x' } }, 404, 'NOT_FOUND', 'nope');
  });

  it('answers 422 naming the field for missing, empty or blank text and other bad fields', async () => {
    const cases: [unknown, string][] = [
      [{}, 'text'],
      [{ text: '' }, 'text'],
      [{ text: ' \n\t\r\n ' }, 'text'],
      [{ text: 42 }, 'text'],
      [{ text: 'x', note: 'n'.repeat(1_001) }, 'note'],
      [{ text: 'x', baseRevision: 0 }, 'baseRevision'],
      [{ text: 'x', baseRevision: '1' }, 'baseRevision'],
      [{ text: 'x', baseRevision: 9 }, 'baseRevision'],
      [{ text: 'x', title: 'not a revision field' }, 'title'],
    ];
    for (const [body, field] of cases) {
      const error = await expectRefused({ as: world.editor, body }, 422, 'INVALID');
      expect(error.details).toHaveProperty([field]);
    }
  });

  it('answers 413 for text over 1 MB and 415 for a body that is not JSON', async () => {
    await expectRefused({ as: world.editor, body: { text: 'a'.repeat(1024 * 1024 + 1) } }, 413, 'PAYLOAD_TOO_LARGE');
    await expectRefused({ as: world.editor, rawBody: 'text=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers 409 "no change" for the latest text, also when it differs only before normalisation', async () => {
    for (const text of [article.text, `\uFEFF${article.text.replace(/\n/g, '\r\n')}\n\n  `]) {
      const error = await expectRefused({ as: world.editor, body: { text } }, 409, 'CONFLICT');
      expect(error.message).toMatch(/no change/i);
      expect(error.details).toEqual({ latestRevision: 1 });
    }
  });

  it('answers 409 naming the latest revision when the client edited an older one', async () => {
    const revised = reviseSample(article.text);
    await addRevisionAs(world.reviewer, article.id, { text: revised, baseRevision: 1 });
    const error = await expectRefused({ as: world.editor, body: { text: `${revised}\nMy late edit.`, baseRevision: 1 } }, 409, 'CONFLICT');
    expect(error.details).toEqual({ latestRevision: 2 });
    // Without baseRevision the client takes responsibility for overwriting.
    expect((await addRevisionAs(world.editor, article.id, { text: `${revised}\nMy late edit.` })).revision.number).toBe(3);
  });

  it('lets only one of two simultaneous edits of the same revision through', async () => {
    const { revision } = await addRevisionAs(world.editor, article.id, { text: `${article.text}\nBase for a race.` });
    const race = await Promise.all(['First', 'Second'].map((who) => post({ as: world.editor, body: { text: `${article.text}\n${who} writer.`, baseRevision: revision.number } })));
    expect(race.map((res) => res.status).sort()).toEqual([201, 409]);
  });

  it('lets every role add a revision (revision:create is open to all: docs/architecture.md#permissions)', async () => {
    const res = await post({ as: world.admin, body: { text: `${article.text}\nAdmin addendum.` } });
    expect(res.status).toBe(201);
  });
});
