// An article with more claims than SQLite's old 999-parameter limit opens in
// the workbench and exports. Prisma 7 assumes that limit for SQLite unless the
// driver adapter reports its own (the better-sqlite3 adapter does not), and
// refuses a query that loads the claims' relations for more parents (P2029,
// a 500): lib/server/db.ts reports the limit this SQLite build has.
import { POST as createArticle } from '@/app/api/articles/route';
import { GET as getArticle } from '@/app/api/articles/[id]/route';
import { GET as exportArticle } from '@/app/api/articles/[id]/export/route';
import Database from 'better-sqlite3';
import { SQLITE_MAX_VARIABLE_NUMBER } from '@/lib/server/db';
import { createClaimAs, send, sendOk } from './helpers/api';
import { seedWorld } from './helpers/world';

const CLAIMS = 1_200;
const paragraph = (i: number) => `Report ${i}: officials counted ${i * 7} vehicles at checkpoint ${i}, the ministry said.`;
const quoteOf = (i: number) => `officials counted ${i * 7} vehicles at checkpoint ${i}`;

let world: Awaited<ReturnType<typeof seedWorld>>;
let articleId: string;
beforeAll(async () => {
  world = await seedWorld();
  const text = Array.from({ length: CLAIMS }, (_, i) => paragraph(i + 1)).join('\n');
  const { article } = await sendOk(201, createArticle, 'POST', '/api/articles', { as: world.editor, body: { title: 'Checkpoint counts', text } });
  articleId = article.id;
  for (let i = 1; i <= CLAIMS; i += 1) await createClaimAs(world.editor, { id: article.id, text }, quoteOf(i));
}, 120_000);

it(`opens an article with ${CLAIMS} claims in the workbench`, async () => {
  const view = await sendOk(200, getArticle, 'GET', `/api/articles/${articleId}`, { as: world.reviewer }, { id: articleId });
  expect(view.claims).toHaveLength(CLAIMS);
});

it.each(['published', 'all'])(`exports an article with ${CLAIMS} claims (scope %s)`, async (scope) => {
  const res = await send(exportArticle, 'GET', `/api/articles/${articleId}/export?format=json&scope=${scope}`, { as: world.reviewer }, { id: articleId });
  expect(res.status).toBe(200);
  const body = JSON.parse(await res.text());
  expect(body.claims).toHaveLength(scope === 'all' ? CLAIMS : 0);
});

it('reports to Prisma the parameter limit the SQLite that better-sqlite3 ships really has', () => {
  const sqlite = new Database(':memory:');
  const select = (n: number) => `SELECT 1 WHERE 1 IN (${Array.from({ length: n }, () => '?').join(',')})`;
  expect(() => sqlite.prepare(select(SQLITE_MAX_VARIABLE_NUMBER))).not.toThrow();
  expect(() => sqlite.prepare(select(SQLITE_MAX_VARIABLE_NUMBER + 1))).toThrow(/too many SQL variables/);
  sqlite.close();
});
