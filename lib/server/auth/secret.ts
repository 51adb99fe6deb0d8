// The session-signing secret: NEXTAUTH_SECRET from the environment, else the
// one `npm start` generated under data/ at first start. Never a constant in code.
import fs from 'node:fs';
import path from 'node:path';

export const SECRET_FILE = path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'data', 'auth-secret');

let cached: string | undefined;

export function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (cached) return cached;
  try {
    cached = fs.readFileSync(SECRET_FILE, 'utf8').trim();
  } catch {
    throw new Error('No NEXTAUTH_SECRET and no data/auth-secret: run `npm run setup` or set NEXTAUTH_SECRET');
  }
  return cached;
}
