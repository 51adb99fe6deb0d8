// Slows down password guessing: after 5 failed sign-ins for one e-mail, or 20
// from one IP, within 15 minutes, further attempts are refused until the
// window has passed. Attempts live in the database so that every app instance
// counts the same ones. Unknown e-mails are counted like known ones, so a
// refusal never tells whether an account exists.
import { db } from '../db';

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 20;

export type ThrottleDecision = { limited: false } | { limited: true; retryAfterSeconds: number };

export interface SignInAttempt {
  email: string;
  ip: string;
}

/** The e-mail as accounts store it. */
export function normalizeSignInEmail(email: string): string {
  return email.trim().toLowerCase();
}

// What attempts are counted under: capped so a huge form field cannot bloat the table.
const emailKey = (email: string) => normalizeSignInEmail(email).slice(0, 320);

export async function recordSignInAttempt({ email, ip, success }: SignInAttempt & { success: boolean }): Promise<void> {
  await db.loginAttempt.create({ data: { email: emailKey(email), ip, success } });
}

/** When the `limit`-th most recent matching failure leaves the window; null while under the limit. */
async function blockedUntil(where: { email?: string; ip?: string; after: Date }, limit: number): Promise<number | null> {
  const recent = await db.loginAttempt.findMany({
    where: { email: where.email, ip: where.ip, success: false, createdAt: { gt: where.after } },
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: { createdAt: true },
  });
  return recent.length < limit ? null : recent[limit - 1].createdAt.getTime() + SIGN_IN_WINDOW_MS;
}

export async function checkSignInThrottle({ email, ip }: SignInAttempt): Promise<ThrottleDecision> {
  const now = Date.now();
  const windowStart = new Date(now - SIGN_IN_WINDOW_MS);
  const key = emailKey(email);
  // The owner's typos before a successful sign-in do not count against them
  // later. Per IP nothing is forgiven: one good account must not launder a
  // stuffing run over many others.
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { email: key, success: true, createdAt: { gt: windowStart } },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  const until = Math.max(
    (await blockedUntil({ email: key, after: lastSuccess?.createdAt ?? windowStart }, MAX_FAILURES_PER_EMAIL)) ?? 0,
    (await blockedUntil({ ip, after: windowStart }, MAX_FAILURES_PER_IP)) ?? 0,
  );
  if (until <= now) return { limited: false };
  return { limited: true, retryAfterSeconds: Math.ceil((until - now) / 1000) };
}
