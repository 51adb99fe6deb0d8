// Every "METHOD /api/path" the app serves, read from app/api's route files,
// so a table of routes can prove it left none out, and a server can serve them
// all (helpers/app-server.ts), matching a request's path with routeMatcher.
import fs from 'node:fs';
import path from 'node:path';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const root = path.resolve(__dirname, '..', '..', '..', 'app', 'api');

export interface ApiRoute {
  method: string;
  /** `/api/...` with dynamic segments as `:name` */
  url: string;
  /** the route.ts that serves it */
  file: string;
}

/** Sorted like `listApiRoutes`; `except` skips top-level folders (e.g. next-auth's). */
export function apiRouteFiles({ except = [] }: { except?: string[] } = {}): ApiRoute[] {
  const found: ApiRoute[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && !(dir === root && except.includes(entry.name))) walk(full);
      if (entry.isFile() && entry.name === 'route.ts') {
        const url = `/api/${path.relative(root, dir)}`.replace(/\[(\w+)\]/g, ':$1');
        const exported = Object.keys(require(full)).filter((name) => METHODS.includes(name));
        found.push(...exported.map((method) => ({ method, url, file: full })));
      }
    }
  };
  walk(root);
  const key = (r: ApiRoute) => `${r.method} ${r.url}`;
  return found.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** `/api/claims/:id/sources/:sourceId` -> a regex capturing each `:name` segment, and the names. */
export function routeMatcher(url: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = url
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return { pattern: new RegExp(`^${source}$`), names };
}

/** Sorted; dynamic segments as `:name`; `except` skips top-level folders (e.g. next-auth's). */
export function listApiRoutes(options: { except?: string[] } = {}): string[] {
  return apiRouteFiles(options).map((r) => `${r.method} ${r.url}`);
}
