// Verifies an e-mail and password, always behind a reserved attempt of the
// sign-in throttle (sign-in-throttle.ts): no password is checked that the
// throttle did not count first. Unknown e-mail and wrong password look the
// same to the caller, and both cost one hash verification and one recorded
// attempt, so timing does not reveal which accounts exist.
import { AsyncLocalStorage } from 'node:async_hooks';
import { AppError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/types';
import { db } from '../db';
import { hashPassword, verifyPassword } from './passwords';
import { normalizeSignInEmail, releaseSignInAttempt, reserveSignInAttempt, settleSignInAttempt } from './sign-in-throttle';

let dummyHash: Promise<string> | undefined;

async function findActor(email: string, password: string): Promise<Actor | null> {
  if (!email || !password) return null;
  const user = await db.user.findUnique({ where: { email } });
  if (!user || !user.active) {
    dummyHash ??= hashPassword('not-a-real-password');
    await verifyPassword(await dummyHash, password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}

/** RATE_LIMITED, saying how long to wait; details.retryAfterSeconds becomes the Retry-After header. */
export function rateLimited(retryAfterSeconds: number): AppError {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return new AppError('RATE_LIMITED', `Too many sign-in attempts; try again in ${minutes === 1 ? '1 minute' : `${minutes} minutes`}`, { retryAfterSeconds });
}

/**
 * Reserve, check, settle: the actor for a right e-mail and password, null for
 * a wrong one; throws RATE_LIMITED (details.retryAfterSeconds) while throttled.
 * `ip` is the client's address (lib/server/http/client-ip.ts).
 */
export async function checkCredentials(email: string, password: string, ip: string): Promise<Actor | null> {
  const reservation = await reserveSignInAttempt({ email, ip });
  if (!reservation.reserved) throw rateLimited(reservation.retryAfterSeconds);
  const actor = await findActor(normalizeSignInEmail(email), password);
  await settleSignInAttempt(reservation.attemptId, actor !== null);
  return actor;
}

// The sign-in route reserves before next-auth runs (so it can answer 429
// itself), and next-auth's authorize() checks the password later in the same
// request. The reservation travels between them in this request-scoped store.
interface HeldReservation {
  attemptId: string;
  email: string;
  used: boolean;
}
const held = new AsyncLocalStorage<HeldReservation>();

/**
 * Runs `signIn` (next-auth's handler) with a reserved attempt for `email`, or
 * answers null when throttled (with how long to wait). An attempt whose
 * password was never checked is released: it was no attempt.
 */
export async function withReservedSignIn<T>(
  { email, ip }: { email: string; ip: string },
  signIn: () => Promise<T>,
): Promise<{ throttled: false; result: T } | { throttled: true; retryAfterSeconds: number }> {
  const reservation = await reserveSignInAttempt({ email, ip });
  if (!reservation.reserved) return { throttled: true, retryAfterSeconds: reservation.retryAfterSeconds };
  const state: HeldReservation = { attemptId: reservation.attemptId, email: reservation.email, used: false };
  try {
    return { throttled: false, result: await held.run(state, signIn) };
  } finally {
    if (!state.used) await releaseSignInAttempt(state.attemptId);
  }
}

/**
 * For next-auth's authorize(): checks the password only under this request's
 * reservation, and only for the e-mail it was made for. Anything else (no
 * reservation, a second check, another e-mail) is refused unchecked.
 */
export async function checkReservedCredentials(email: string, password: string): Promise<Actor | null> {
  const state = held.getStore();
  if (!state || state.used || state.email !== normalizeSignInEmail(email)) return null;
  state.used = true;
  const actor = await findActor(state.email, password);
  await settleSignInAttempt(state.attemptId, actor !== null);
  return actor;
}
