// Test data and signed-in requests for integration tests. Sessions are real
// Session rows named by real next-auth JWTs signed with the test secret,
// decoded and checked by the same code the app uses; users are real rows with
// Argon2 hashes.
import { encode } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import { startSession } from '@/lib/server/auth/start-session';
import { db } from '@/lib/server/db';
import { seedDatabase } from '@/lib/server/seed/seed-database';
import type { Role } from '@/lib/domain/types';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** Verdict scale, the four demo accounts and the sample article, as `npm start` seeds them. */
export async function seedWorld() {
  await seedDatabase({ password: TEST_PASSWORD });
  const users = await db.user.findMany({ orderBy: { email: 'asc' } });
  // Signed in from the start, so a test's first request as one of them writes
  // no Session row between its "nothing written" snapshots.
  for (const user of users) await sessionCookie(user as unknown as TestUser);
  const byEmail = (email: string) => users.find((u) => u.email === email) as unknown as TestUser;
  const article = await db.article.findFirstOrThrow({ include: { revisions: { orderBy: { number: 'desc' }, take: 1 } } });
  return {
    editor: byEmail('editor@example.com'),
    editor2: byEmail('editor2@example.com'),
    reviewer: byEmail('reviewer@example.com'),
    admin: byEmail('admin@example.com'),
    article,
    revision: article.revisions[0],
  };
}

// One session per user per test file (the process), reused while it is live:
// like a browser staying signed in. When a test ends it (deactivation, role
// change, a reset), the next request signs in again, as a person would.
const sessions = new Map<string, string>();

/** A live session for `user`: a real Session row, named by a real next-auth JWT. `fresh` opens a new one. */
export async function sessionCookie(user: Pick<TestUser, 'id' | 'email' | 'name' | 'role'>, { fresh = false } = {}): Promise<string> {
  let sid = fresh ? undefined : sessions.get(user.id);
  if (sid && !(await db.session.findFirst({ where: { id: sid, revokedAt: null, expiresAt: { gt: new Date() } }, select: { id: true } }))) sid = undefined;
  if (!sid) {
    sid = await startSession(user.id);
    if (!fresh) sessions.set(user.id, sid);
  }
  const token = await encode({
    token: { sub: user.id, email: user.email, name: user.name, role: user.role, sid },
    secret: process.env.NEXTAUTH_SECRET as string,
  });
  return `next-auth.session-token=${token}`;
}

export interface RequestOptions {
  as?: Pick<TestUser, 'id' | 'email' | 'name' | 'role'>;
  body?: unknown;
  /** raw body, sent as is (for malformed-input tests) */
  rawBody?: string;
  /** multipart/form-data body (the boundary header is set by the runtime) */
  form?: FormData;
  headers?: Record<string, string>;
  /** aborts the request (a client going away from a stream) */
  signal?: AbortSignal;
}

export async function request(method: string, path: string, options: RequestOptions = {}): Promise<NextRequest> {
  const headers = new Headers(options.headers);
  if (options.as) headers.set('cookie', await sessionCookie(options.as));
  let body: string | FormData | undefined;
  if (options.form !== undefined) body = options.form;
  else if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  }
  return new NextRequest(new URL(path, 'http://localhost:3000'), { method, headers, body, signal: options.signal });
}

/** The `{ params }` context Next.js passes to a dynamic route handler. */
export function params<P extends Record<string, string>>(values: P) {
  return { params: Promise.resolve(values) };
}
