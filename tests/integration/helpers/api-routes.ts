// Every "METHOD /api/path" the app serves, read from app/api's route files,
// so a table of routes can prove it left none out.
import fs from 'node:fs';
import path from 'node:path';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const root = path.resolve(__dirname, '..', '..', '..', 'app', 'api');

/** Sorted; dynamic segments as `:name`; `except` skips top-level folders (e.g. next-auth's). */
export function listApiRoutes({ except = [] }: { except?: string[] } = {}): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && !(dir === root && except.includes(entry.name))) walk(full);
      if (entry.isFile() && entry.name === 'route.ts') {
        const url = `/api/${path.relative(root, dir)}`.replace(/\[(\w+)\]/g, ':$1');
        const exported = Object.keys(require(full)).filter((name) => METHODS.includes(name));
        found.push(...exported.map((method) => `${method} ${url}`));
      }
    }
  };
  walk(root);
  return found.sort();
}
