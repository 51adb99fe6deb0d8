// `npm start` keeps serving when the server process dies: scripts/supervise.js
// restarts it and says so, stops it on SIGTERM, and gives up on a crash loop.
// Real child processes, no mocks.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// A CommonJS script of npm start's, loaded as it is run (types: scripts/supervise.d.ts).
import { MAX_RESTARTS, supervise } from '../../scripts/supervise';

jest.setTimeout(30_000);

const SUPERVISE = path.resolve(__dirname, '..', '..', 'scripts', 'supervise.js');

/** A child that counts its starts in `file`, dies (like an out-of-memory kill) on the first two, then stays up. */
const flakyChild = (file: string) => `
  const fs = require('node:fs');
  const runs = (fs.existsSync(${JSON.stringify(file)}) ? Number(fs.readFileSync(${JSON.stringify(file)}, 'utf8')) : 0) + 1;
  fs.writeFileSync(${JSON.stringify(file)}, String(runs));
  if (runs <= 2) process.kill(process.pid, 'SIGKILL');
  console.log('UP ' + runs);
  setInterval(() => {}, 1000);
`;

async function waitFor(check: () => boolean, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('scripts/supervise.js', () => {
  it('restarts a server that died, says so in the log, and stops it on SIGTERM', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'supervise-')), 'runs');
    const proc = spawn(process.execPath, [SUPERVISE, process.execPath, '-e', flakyChild(file)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    proc.stdout.on('data', (chunk) => (out += chunk));
    await waitFor(() => out.includes('UP 3'));
    expect(out).toMatch(/The server was killed by SIGKILL; restarting it \(restart 1 /);
    expect(out).toMatch(/restarting it \(restart 2 /);
    const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
    proc.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe('3');
  });

  it('gives up, exit code 1, on a server that keeps dying right after start', async () => {
    const lines: string[] = [];
    const code = await new Promise<number>((resolve) => {
      supervise(process.execPath, ['-e', 'process.exit(3)'], { spawnOptions: { stdio: 'ignore' }, log: (line: string) => lines.push(line), onExit: resolve, delayMs: 10 });
    });
    expect(code).toBe(1);
    expect(lines.filter((line) => line.includes('; restarting it'))).toHaveLength(MAX_RESTARTS);
    expect(lines[lines.length - 1]).toMatch(/exited with code 3, its 6th stop within 60 s: not restarting it/);
  });
});
