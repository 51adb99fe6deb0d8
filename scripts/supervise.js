// Keeps a server process running: when it dies on its own (a crash, the
// kernel's out-of-memory killer), it is started again and the log says so.
// Ctrl+C or SIGTERM to this process stops the child and ends supervision.
// A child that keeps dying right after start (MAX_RESTARTS within
// RESTART_WINDOW_MS) is given up on, with exit code 1: a broken build or a
// taken port is not fixed by trying forever. Writes are transactions with
// their audit events, so a server that died mid-request leaves nothing
// half-written (tests/integration/kill-durability.test.ts).
const { spawn } = require('node:child_process');

const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;
const RESTART_DELAY_MS = 1_000;

/**
 * Runs `command args` under supervision. Returns { stop, current } so callers
 * can end it and see the child; calls `onExit(code)` once supervision ends.
 */
function supervise(command, args, { spawnOptions = {}, log = console.log, onExit = (code) => process.exit(code), onStart = () => {}, delayMs = RESTART_DELAY_MS } = {}) {
  let child = null;
  let stopping = false;
  const restarts = [];

  const start = () => {
    child = spawn(command, args, { stdio: 'inherit', ...spawnOptions });
    onStart(child);
    child.on('exit', (code, signal) => {
      if (stopping) return onExit(code ?? 0);
      const now = Date.now();
      while (restarts.length && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      if (restarts.length >= MAX_RESTARTS) {
        log(`The server ${how}, its ${MAX_RESTARTS + 1}th stop within ${RESTART_WINDOW_MS / 1000} s: not restarting it.`);
        return onExit(1);
      }
      restarts.push(now);
      log(`The server ${how}; restarting it (restart ${restarts.length} in the last ${RESTART_WINDOW_MS / 1000} s).`);
      setTimeout(() => {
        if (!stopping) start();
      }, delayMs);
    });
  };

  const stop = (signal = 'SIGTERM') => {
    stopping = true;
    if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
    else onExit(0);
  };

  start();
  return { stop, current: () => child };
}

module.exports = { supervise, MAX_RESTARTS, RESTART_WINDOW_MS };

// `node scripts/supervise.js <command> [args...]`: supervise any command (used by the tests).
if (require.main === module) {
  const [command, ...args] = process.argv.slice(2);
  const supervisor = supervise(command, args);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => supervisor.stop(signal));
}
