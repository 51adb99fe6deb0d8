// A long article with a thousand claims: a revision that shifts every one of
// them (the worst case: a write and an audit event per claim) still lands in
// one transaction, well inside its time limit.
import { POST as createArticle } from '@/app/api/articles/route';
import { db } from '@/lib/server/db';
import { createClaimAs, sendOk } from './helpers/api';
import { addRevisionAs, quoted } from './helpers/revisions';
import { seedWorld } from './helpers/world';

const CLAIMS = 1_000;

const paragraph = (i: number, count = i * 7) => `Report ${i}: officials counted ${count} vehicles at checkpoint ${i}, the ministry said.`;
const quoteOf = (i: number) => `officials counted ${i * 7} vehicles at checkpoint ${i}`;

it(`re-anchors ${CLAIMS} claims in one revision`, async () => {
  const world = await seedWorld();
  const text = Array.from({ length: CLAIMS }, (_, i) => paragraph(i + 1)).join('\n');
  const { article } = await sendOk(201, createArticle, 'POST', '/api/articles', { as: world.editor, body: { title: 'Checkpoint counts', text } });
  for (let i = 1; i <= CLAIMS; i += 1) await createClaimAs(world.editor, { id: article.id, text }, quoteOf(i));

  // A new first paragraph shifts everything; every tenth count is corrected.
  const lines = text.split('\n').map((line, index) => ((index + 1) % 10 === 0 ? paragraph(index + 1, (index + 1) * 7 + 1) : line));
  const newText = ['Corrected on Tuesday.', ...lines].join('\n');
  const started = Date.now();
  const { revision, reanchored } = await addRevisionAs(world.editor, article.id, { text: newText });
  const elapsed = Date.now() - started;

  expect(reanchored).toHaveLength(CLAIMS);
  expect(elapsed).toBeLessThan(30_000);
  const stored = await db.claim.findMany({ where: { articleId: article.id } });
  for (const claim of stored) {
    if (claim.anchorStatus === 'ORPHANED') continue;
    expect(claim.revisionId).toBe(revision.id);
    expect(quoted(newText, claim)).toBe(claim.exact);
  }
  const counts = Object.fromEntries(['INTACT', 'CHANGED', 'ORPHANED'].map((s) => [s, stored.filter((c) => c.anchorStatus === s).length]));
  expect(counts.INTACT).toBeGreaterThanOrEqual(CLAIMS * 0.9);
  expect(counts.INTACT + counts.CHANGED + counts.ORPHANED).toBe(CLAIMS);
  expect(await db.auditEvent.count({ where: { action: 'claim.reanchored' } })).toBe(CLAIMS);
}, 120_000);
