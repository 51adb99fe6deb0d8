// `npm run bench`: runs every bench section, prints one table and writes the
// figures to bench/results.json (gitignored) so runs can be compared.
// To add a section, write a *.bench.ts exporting a
// function that returns a BenchSection and list it below.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { benchClaimFinder } from './claim-finder.bench';
import { benchExport } from './export.bench';
import { benchReanchor } from './reanchor.bench';
import { printTable, type BenchSection } from './report';
import { benchServer } from './server.bench';
import { benchSimilar } from './similar.bench';

// A bench may be async (the PDF renderer is) and may return several sections
// (the server benches share one running app); they still run one at a time.
type Bench = () => BenchSection | BenchSection[] | Promise<BenchSection | BenchSection[]>;
const BENCHES: Bench[] = [benchReanchor, benchExport, benchClaimFinder, benchSimilar, benchServer];

async function main() {
  const results: BenchSection[] = [];
  for (const run of BENCHES) results.push(...[await run()].flat());
  printTable(results);

  const out = join(__dirname, '..', '..', 'bench');
  mkdirSync(out, { recursive: true });
  const record = {
    at: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    sections: results,
  };
  writeFileSync(join(out, 'results.json'), `${JSON.stringify(record, null, 2)}\n`);
  console.log(`\nwritten to ${join('bench', 'results.json')}`);
  if (results.some((s) => s.rows.some((r) => r.pass === false))) process.exitCode = 1;
}

void main();
