// Starts helpers/app-server.ts as a child process on a free port, with this
// process's environment (so the same DATABASE_URL, SQLite file or PostgreSQL
// database, and the same NEXTAUTH_SECRET: cookies minted here are honoured there).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');
const SERVER = path.join(__dirname, 'app-server.ts');

export interface AppServer {
  child: ChildProcess;
  base: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr: () => string;
}

export async function startAppServer(): Promise<AppServer> {
  // tsx as a loader in this very process (its CLI would fork a grandchild that outlives a SIGKILL of the child).
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER], { cwd: root, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (chunk) => (err += String(chunk)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start within 30 s: ${err}`)), 30_000);
    child.stdout!.on('data', (chunk) => {
      out += String(chunk);
      const ready = /READY (\d+)/.exec(out);
      if (ready) {
        clearTimeout(timer);
        resolve(Number(ready[1]));
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      reject(new Error(`the server exited before it was ready: ${err}`));
    });
  });
  return { child, base: `http://127.0.0.1:${port}`, exited, stderr: () => err };
}

/** SIGKILL, unless it is gone already; resolves once it has exited. */
export async function stopAppServer(server: AppServer): Promise<void> {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
  await server.exited;
}
