// Types of scripts/supervise.js (CommonJS, run by Node as it is) for the
// TypeScript that imports it: tests/integration/supervise.test.ts.
import type { ChildProcess, SpawnOptions } from 'node:child_process';

export interface SuperviseOptions {
  spawnOptions?: SpawnOptions;
  log?: (line: string) => void;
  onExit?: (code: number) => void;
  onStart?: (child: ChildProcess) => void;
  delayMs?: number;
}

export function supervise(command: string, args: string[], options?: SuperviseOptions): { stop: (signal?: NodeJS.Signals) => void; current: () => ChildProcess | null };
export const MAX_RESTARTS: number;
export const RESTART_WINDOW_MS: number;
