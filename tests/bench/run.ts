// `npm run bench`: runs every bench section, prints one table and writes the
// figures to bench/results.json (gitignored) so runs can be compared.
// `npm run bench -- --quick` (what CI runs: scripts/ci-readme-scripts.js)
// measures every figure briefly on small inputs and enforces no target: it
// fails only when something crashed or a figure could not be measured.
// To add a section, write a *.bench.ts exporting a
// function that returns a BenchSection and list it below.
// Bounded: every section is bounded by counts and time, and the whole run
// stops itself after TIME_LIMIT_MS (exit code 2; the servers it started are
// stopped on the way out).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { AppServer } from './app-server';
import { benchClaimFinder } from './claim-finder.bench';
import { benchExport } from './export.bench';
import { benchReanchor } from './reanchor.bench';
import { failsQuickRun, failsRun, printTable, withoutTargetVerdicts, type BenchOptions, type BenchSection } from './report';
import { benchServer } from './server.bench';
import { benchSimilar } from './similar.bench';

// A bench may be async (the PDF renderer is) and may return several sections
// (the server benches share one running app); they still run one at a time.
type Bench = (options: BenchOptions) => BenchSection | BenchSection[] | Promise<BenchSection | BenchSection[]>;
const BENCHES: Record<string, Bench> = { reanchor: benchReanchor, export: benchExport, 'claim-finder': benchClaimFinder, similar: benchSimilar, server: benchServer };
// A build (up to 10 minutes, app-server.ts) and about ten minutes of benches, with room to spare on a busy machine.
const TIME_LIMIT_MS = 45 * 60_000;
// --quick: the same build, then two or three minutes of benches.
const QUICK_TIME_LIMIT_MS = 20 * 60_000;

async function main() {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const limitMs = quick ? QUICK_TIME_LIMIT_MS : TIME_LIMIT_MS;
  setTimeout(() => {
    console.error(`\nthe bench ran past its ${limitMs / 60_000} minutes: stopping`);
    process.exit(2);
  }, limitMs).unref();
  // Exiting runs the 'exit' handlers that stop the servers the benches started; a signal's default would skip them.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(signal === 'SIGINT' ? 130 : 143));
  const results: BenchSection[] = [];
  // `npm run bench -- server export` runs only those sections (comparing two builds on one figure); no names runs all.
  const asked = args.filter((arg) => arg !== '--quick');
  const unknown = asked.filter((name) => !(name in BENCHES));
  if (unknown.length) throw new Error(`no bench named ${unknown.join(', ')}; the benches are ${Object.keys(BENCHES).join(', ')} (and the option --quick)`);
  for (const [name, run] of Object.entries(BENCHES)) if (!asked.length || asked.includes(name)) results.push(...[await run({ quick })].flat());
  printTable(results, { quick });

  const saves = results.find((s) => s.section === 'claim saves')?.data as { appNode?: string; source?: AppServer['source'] } | undefined;
  const out = join(__dirname, '..', '..', 'bench');
  mkdirSync(out, { recursive: true });
  const record = {
    at: new Date().toISOString(),
    // a quick run's figures come from small inputs and short windows; its rows keep their targets, not the verdicts
    quick,
    // the bench's own Node (the same-work and the bare servers run on it), and the app server's, read from its process
    node: process.version,
    appNode: saves?.appNode,
    cpus: cpus().length,
    source: saves?.source,
    sections: quick ? withoutTargetVerdicts(results) : results,
  };
  writeFileSync(join(out, 'results.json'), `${JSON.stringify(record, null, 2)}\n`);
  const source = saves?.source;
  if (source) console.log(`\napp built from ${source.commit}${source.changedFiles ? ` with ${source.changedFiles} file(s) changed from it` : ''}`);
  console.log(`written to ${join('bench', 'results.json')}`);
  if (results.some((s) => s.rows.some(quick ? failsQuickRun : failsRun))) process.exitCode = 1;
}

void main();
