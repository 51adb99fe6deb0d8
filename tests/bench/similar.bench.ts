// "Checked before" bench: GET /api/claims/:id/similar's service over 100,000
// stored claims (target < 100 ms), on a fresh, migrated SQLite file. The claims
// are generated news-style statements; for each query claim a paraphrase
// (other verbs, other number formatting, attribution moved) is planted among
// them, and the bench reports how often it comes back first — a quality
// figure next to the speed one. Quick (CI): 10,000 claims, fewer timed queries.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CLAIM_TERMS_VERSION } from '../../lib/domain/claim-matching/claim-terms';
import { between, createRng, pick, type Rng } from './article-generator';
import { timeRunsAsync } from './export-timing';
import type { BenchOptions, BenchSection } from './report';

const CLAIMS = 100_000;
const QUERIES = 40;
const TARGET_MS = 100;
const SEED = 20261124;

const SYLLABLES = [['Al', 'Bar', 'Kir', 'Mos', 'Ram', 'Tal', 'Zan', 'Hal', 'Qar', 'Dur', 'Fal', 'Sam'], ['ad', 'un', 'ish', 'or', 'eel', 'ab', 'ir', 'ut', 'am'], ['a', 'i', 'iya', 'on', 'ul']];
const PLACES = SYLLABLES[0].flatMap((a) => SYLLABLES[1].flatMap((b) => SYLLABLES[2].map((c) => a + b + c)));
const PEOPLE = ['Amira', 'Joseph', 'Layla', 'Omar', 'Sara', 'David', 'Hana', 'Karim', 'Nadia', 'Peter'].flatMap((first) =>
  ['Haddad', 'Martin', 'Salih', 'Brown', 'Yousef', 'Novak', 'Rahman', 'Costa', 'Aziz', 'Keller', 'Farah', 'Olsen'].map((last) => `${first} ${last}`),
);
const ORGS = ['the ministry', 'the coalition', 'the United Nations', 'the Red Cross', 'the army', 'local police', 'the governor', 'the World Bank', 'Amnesty International', 'the central bank'];
const NOUNS = ['troops', 'families', 'vehicles', 'buildings', 'workers', 'fighters', 'students', 'patients', 'villages', 'trucks', 'schools', 'refugees', 'weapons', 'doctors', 'farms', 'bridges', 'clinics', 'detainees', 'volunteers', 'checkpoints', 'teachers', 'houses', 'wells', 'tents'];
const WHEN = ['on Monday', 'last week', 'in April', 'overnight', 'since January', 'earlier this month', 'in the spring', 'on Friday', 'this year', 'in 2019'];
const TOPICS = ['unemployment', 'inflation', 'turnout', 'the literacy rate', 'child mortality', 'the poverty rate', 'vaccination coverage'];

interface Statement {
  text: string;
  /** the same claim in other words */
  paraphrase: string;
}

function statement(rng: Rng): Statement {
  const n = between(rng, 2, 60_000);
  const [noun, place, when, org, person] = [pick(rng, NOUNS), pick(rng, PLACES), pick(rng, WHEN), pick(rng, ORGS), pick(rng, PEOPLE)];
  switch (between(rng, 0, 4)) {
    case 0:
      return { text: `${n} ${noun} were killed in ${place} ${when}, ${org} said`, paraphrase: `According to ${org}, ${n.toLocaleString('en-US')} ${noun} died in ${place} ${when}` };
    case 1:
      return { text: `${person} said there are about ${n} ${noun} in ${place}`, paraphrase: `Roughly ${n.toLocaleString('en-US')} ${noun} are in ${place}, ${person} told reporters` };
    case 2: {
      const p = between(rng, 1, 60);
      const topic = pick(rng, TOPICS);
      return { text: `In ${place}, ${topic} rose to ${p} percent ${when}`, paraphrase: `${topic[0].toUpperCase()}${topic.slice(1)} in ${place} climbed to ${p}% ${when}` };
    }
    case 3:
      return { text: `${org} spent $${n} million on ${noun} in ${place}`, paraphrase: `In ${place}, ${org} spent ${n.toLocaleString('en-US')} million dollars on ${noun}` };
    default:
      return { text: `The number of ${noun} in ${place} has doubled since 2015, ${person} said`, paraphrase: `${person}: ${noun} in ${place} have doubled in number since 2015` };
  }
}

export async function benchSimilar({ quick }: BenchOptions): Promise<BenchSection> {
  const total = quick ? CLAIMS / 10 : CLAIMS;
  const file = join(tmpdir(), `workbench-bench-similar-${process.pid}.db`);
  rmSync(file, { force: true });
  process.env.DATABASE_URL = `file:${file}`;
  const root = join(__dirname, '..', '..');
  const migrate = spawnSync(process.execPath, [join(root, 'scripts', 'sqlite-migrate.js')], { cwd: root, env: process.env, encoding: 'utf8' });
  if (migrate.status !== 0) throw new Error(`migrating failed: ${migrate.stderr}`);

  // Server code is loaded only now: its database client reads DATABASE_URL once.
  const { seedDatabase } = await import('../../lib/server/seed/seed-database');
  const { claimSearchTokens } = await import('../../lib/server/claim-search/index-claim-statement');
  const { findSimilarClaims } = await import('../../lib/server/claim-search/find-similar-claims');
  const { db } = await import('../../lib/server/db');
  await seedDatabase({ password: 'bench-only-password' });

  // Bulk load with the driver (100,000 rows through the ORM would take minutes);
  // tokens come from the same function the services use, and the migration's
  // triggers fill the full-text index exactly as in the app.
  const rng = createRng(SEED);
  const raw = new Database(file);
  const ref = raw.prepare(`SELECT a.id AS articleId, r.id AS revisionId, u.id AS authorId FROM Article a JOIN ArticleRevision r ON r.articleId = a.id, User u WHERE u.email = 'editor@example.com' LIMIT 1`).get() as { articleId: string; revisionId: string; authorId: string };
  const insertClaim = raw.prepare(`INSERT INTO Claim (id, articleId, revisionId, exact, start_offset, end_offset, statement, status, authorId, verdictKey, createdAt, updatedAt) VALUES (?, ?, ?, ?, 0, 1, ?, 'APPROVED', ?, 'false', ?, ?)`);
  const insertEntry = raw.prepare(`INSERT INTO ClaimSearchEntry (claimId, tokens, version) VALUES (?, ?, ?)`);
  const queryEvery = Math.floor(total / QUERIES);
  const planted: { query: string; paraphrase: string }[] = [];
  const loadStart = performance.now();
  const now = new Date().toISOString();
  raw.transaction(() => {
    for (let i = 0; i < total; i += 1) {
      const s = statement(rng);
      const isQuery = i % queryEvery === 0 && planted.length < QUERIES;
      const id = `bench-${i}`;
      const { text } = s;
      insertClaim.run(id, ref.articleId, ref.revisionId, text, text, ref.authorId, now, now);
      insertEntry.run(id, claimSearchTokens(text), CLAIM_TERMS_VERSION);
      if (isQuery) {
        // The paraphrase takes the next row, so the corpus stays at `total` rows.
        i += 1;
        const paraphraseId = `bench-${i}`;
        insertClaim.run(paraphraseId, ref.articleId, ref.revisionId, s.paraphrase, s.paraphrase, ref.authorId, now, now);
        insertEntry.run(paraphraseId, claimSearchTokens(s.paraphrase), CLAIM_TERMS_VERSION);
        planted.push({ query: id, paraphrase: paraphraseId });
      }
    }
  })();
  const loadMs = performance.now() - loadStart;
  const stored = (raw.prepare('SELECT count(*) AS n FROM Claim').get() as { n: number }).n;
  raw.close();

  const actor = { id: ref.authorId, role: 'EDITOR' as const };
  let firsts = 0;
  let inTopThree = 0;
  for (const { query, paraphrase } of planted) {
    const { claims } = await findSimilarClaims({ actor, claimId: query });
    const rank = claims.findIndex((c) => c.id === paraphrase);
    if (rank === 0) firsts += 1;
    if (rank >= 0 && rank < 3) inTopThree += 1;
  }
  let next = 0;
  const timing = await timeRunsAsync(() => findSimilarClaims({ actor, claimId: planted[next++ % planted.length].query }), quick ? 2 : 5, quick ? 20 : 60);

  await db.$disconnect();
  rmSync(file, { force: true });
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
  return {
    section: 'similar claims',
    rows: [
      { metric: `stored claims (bulk load ${Math.round(loadMs)} ms)`, value: stored },
      { metric: `GET similar over ${stored.toLocaleString('en-US')} claims, median ms (${timing.runs} queries)`, value: timing.median, target: `< ${TARGET_MS} ms`, pass: timing.median < TARGET_MS },
      { metric: 'GET similar, p95 ms', value: timing.p95 },
      { metric: `planted paraphrase ranked first (of ${planted.length})`, value: firsts },
      { metric: `planted paraphrase in the top 3 (of ${planted.length})`, value: inTopThree },
    ],
  };
}
