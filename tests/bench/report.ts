// Shared shape of bench figures, timing and the printed table. Each section
// (re-anchoring now; export, claim finder later) returns rows; run.ts prints
// them and writes them to bench/results.json.

export interface BenchRow {
  metric: string;
  value: string | number;
  /** e.g. '< 200 ms'; rows with a target get a PASS/FAIL */
  target?: string;
  pass?: boolean;
  /**
   * false for a target set for another setting than this run's (a Node 24
   * target on Node 20): its PASS/FAIL is shown in parentheses and does not
   * count towards the exit code
   */
  applies?: boolean;
  /** true for a figure the run could not measure (e.g. the render without Chromium): fails a quick run */
  unmeasured?: boolean;
}

/** A table of its own, printed under the main one (e.g. the claim saves, server by server). */
export interface SideTable {
  title: string;
  columns: string[];
  rows: (string | number)[][];
}

export interface BenchSection {
  section: string;
  rows: BenchRow[];
  table?: SideTable;
  /** the section's figures as structured data, for bench/results.json */
  data?: unknown;
}

/**
 * How a bench is run. `quick` (`npm run bench -- --quick`, what CI runs): every
 * figure measured briefly on small inputs, so the benches cannot rot unnoticed;
 * the figures are not comparable with the targets, which are shown, not enforced.
 */
export interface BenchOptions {
  quick: boolean;
}

/** Whether a row's FAIL fails the run. */
export const failsRun = (row: BenchRow) => row.pass === false && row.applies !== false;

/** A figure that came out as no number at all (NaN: nothing was answered, nothing timed). */
const notANumber = (value: BenchRow['value']) => (typeof value === 'number' ? !Number.isFinite(value) : /\b(NaN|Infinity)\b/.test(value));

/**
 * Whether a row fails a quick run, whose targets are not enforced: a check that
 * is not a target (a heavy job answered other than expected), or a figure that
 * could not be measured.
 */
export const failsQuickRun = (row: BenchRow) => (row.pass === false && row.target === undefined) || row.unmeasured === true || notANumber(row.value);

/** A quick run's sections as recorded: the targets kept for reference, their verdicts (on small inputs) left out. */
export const withoutTargetVerdicts = (sections: BenchSection[]): BenchSection[] =>
  sections.map((section) => ({ ...section, rows: section.rows.map(({ pass, applies, ...row }) => (row.target === undefined ? { ...row, pass, applies } : row)) }));

export interface Timing {
  runs: number;
  median: number;
  p95: number;
  max: number;
  min: number;
}

export const round = (ms: number) => Math.round(ms * 10) / 10;

/** The value at quantile `q` (0..1) of an ascending list, nearest-rank; NaN for an empty list. */
export const percentile = (sorted: readonly number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;

/** Runs `fn` `warmup` times unmeasured (JIT), then `runs` times measured. */
export function timeRuns(fn: () => void, warmup = 3, runs = 15): Timing {
  for (let i = 0; i < warmup; i += 1) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { runs, median: round(percentile(times, 0.5)), p95: round(percentile(times, 0.95)), max: round(times[times.length - 1]), min: round(times[0]) };
}

export function printTable(sections: BenchSection[], { quick }: BenchOptions = { quick: false }): void {
  const lines: string[][] = [['section', 'metric', 'value', 'target', 'result']];
  for (const { section, rows } of sections) {
    for (const row of rows) {
      if (quick) {
        const failed = failsQuickRun(row) ? (row.pass === false ? 'FAIL' : 'NOT MEASURED') : '';
        lines.push([section, row.metric, String(row.value), row.target ?? '', failed || (row.target === undefined ? '' : 'not enforced')]);
        continue;
      }
      const verdict = row.pass === undefined ? '' : row.pass ? 'PASS' : 'FAIL';
      lines.push([section, row.metric, String(row.value), row.target ?? '', verdict && row.applies === false ? `(${verdict})` : verdict]);
    }
  }
  if (quick) console.log('quick (targets not enforced): every figure measured briefly on small inputs; `npm run bench` measures what the targets are for');
  printLines(lines);
  if (!quick && sections.some(({ rows }) => rows.some((r) => r.pass !== undefined && r.applies === false))) {
    console.log('(PASS) / (FAIL): a target set for another Node version than the one the app ran on; shown, not counted in the exit code');
  }
  for (const { table } of sections) {
    if (!table) continue;
    console.log(`\n${table.title}`);
    printLines([table.columns, ...table.rows.map((r) => r.map(String))]);
  }
}

function printLines(lines: string[][]): void {
  const widths = lines[0].map((_, c) => Math.max(...lines.map((l) => l[c].length)));
  const format = (l: string[]) => l.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd();
  console.log(format(lines[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines.slice(1)) console.log(format(l));
}
