// Test data and signed-in requests for integration tests. Sessions are real
// next-auth JWTs signed with the test secret, decoded by the same code the app
// uses; users are real rows with Argon2 hashes.
import { encode } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
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

export async function sessionCookie(user: Pick<TestUser, 'id' | 'email' | 'name' | 'role'>): Promise<string> {
  const token = await encode({
    token: { sub: user.id, email: user.email, name: user.name, role: user.role },
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
  return new NextRequest(new URL(path, 'http://localhost:3000'), { method, headers, body });
}

/** The `{ params }` context Next.js passes to a dynamic route handler. */
export function params<P extends Record<string, string>>(values: P) {
  return { params: Promise.resolve(values) };
}
