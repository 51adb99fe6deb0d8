// Re-anchoring bench: 1,000 claims on a ~100,000-character article, 10% of the
// claimed text edited; target < 200 ms for reanchorClaims on this machine.
// Quick (CI): a tenth of the text and of the claims, fewer runs.
// Besides time, it reports how many outcomes agree with what the edits imply,
// so a faster engine that anchors worse shows up here too.
import { reanchorClaims, type ReanchorOutcome } from '../../lib/domain/anchoring/reanchor';
import { generateArticle, createRng, renderArticle } from './article-generator';
import { editArticle, makeClaims, type Expectation } from './article-edits';
import { timeRuns, type BenchOptions, type BenchRow, type BenchSection } from './report';

const SEED = 20240917;
const CHARS = 100_000;
const CLAIMS = 1_000;
const EDITED_SHARE = 0.1;
const TARGET_MS = 200;

/** An outcome agrees if its status is the expected one (or CHANGED for a number next to the quote) and it sits there. */
function agrees(outcome: ReanchorOutcome, expected: Expectation, newText: string): boolean {
  const { anchorStatus: status, selector } = outcome;
  if (status !== 'ORPHANED' && newText.slice(selector.start, selector.end) !== selector.exact) return false;
  if (expected.status === 'ORPHANED') return status === 'ORPHANED';
  if (status === 'ORPHANED') return false;
  const statusOk =
    status === expected.status || (expected.status === 'INTACT' && outcome.reason.startsWith('number next to the quote'));
  // A changed quote may be widened to whole words; it must still cover the expected place.
  const placeOk =
    status === 'INTACT' ? selector.start === expected.start : selector.start < expected.end && expected.start < selector.end;
  return statusOk && placeOk;
}

function count(outcomes: ReanchorOutcome[], status: string) {
  return outcomes.filter((o) => o.anchorStatus === status).length;
}

export function benchReanchor({ quick }: BenchOptions): BenchSection {
  const rng = createRng(SEED);
  const article = generateArticle(SEED, quick ? CHARS / 10 : CHARS);
  const oldText = renderArticle(article);
  const claims = makeClaims(article, quick ? CLAIMS / 10 : CLAIMS, rng);
  const { newText, expected, kinds } = editArticle(article, claims, EDITED_SHARE, rng);
  const input = claims.map(({ id, selector }) => ({ id, selector }));

  const rows: BenchRow[] = [
    { metric: 'old / new text chars', value: `${oldText.length} / ${newText.length}` },
    { metric: 'claims', value: claims.length },
    { metric: 'edits (word/number/delete/move)', value: `${kinds.word}/${kinds.number}/${kinds.delete}/${kinds.move}` },
    {
      metric: 'expected INTACT/CHANGED/ORPHANED',
      value: ['INTACT', 'CHANGED', 'ORPHANED'].map((s) => expected.filter((e) => e.status === s).length).join('/'),
    },
  ];
  const variants: Array<[string, { oldText?: string }]> = [
    ['with oldText', { oldText }],
    ['without oldText', {}],
  ];
  for (const [label, options] of variants) {
    let outcomes: ReanchorOutcome[] = [];
    const timing = timeRuns(
      () => {
        outcomes = reanchorClaims(newText, input, options);
      },
      quick ? 1 : 3,
      quick ? 5 : 15,
    );
    const agreeing = outcomes.filter((o, i) => agrees(o, expected[i], newText)).length;
    rows.push(
      { metric: `${label}: median ms (${timing.runs} runs)`, value: timing.median, target: `< ${TARGET_MS} ms`, pass: timing.median < TARGET_MS },
      { metric: `${label}: p95 / max ms`, value: `${timing.p95} / ${timing.max}` },
      { metric: `${label}: INTACT/CHANGED/ORPHANED`, value: ['INTACT', 'CHANGED', 'ORPHANED'].map((s) => count(outcomes, s)).join('/') },
      { metric: `${label}: agree with the edits`, value: `${agreeing}/${outcomes.length}` },
    );
  }
  return { section: 're-anchoring', rows };
}
