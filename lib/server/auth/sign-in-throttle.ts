// Slows down password guessing: after 5 failed sign-ins for one e-mail, or 20
// from one address (known only behind a trusted proxy: TRUST_PROXY), within 15 minutes, further attempts are refused until the
// window has passed. Attempts live in the database so that every app instance
// counts the same ones. Unknown e-mails are counted like known ones, so a
// refusal never tells whether an account exists.
//
// Every password check is preceded by a reservation: the attempt is written
// as a failure *before* the password is checked, in one transaction with the
// count that allows it, and turned into a success afterwards when the password
// was right. Concurrent guesses therefore see each other: however many arrive
// at once, at most 5 per e-mail reach the password check in the window.
import { DIRECT_CLIENT } from '../http/client-ip';
import { dbKind, db, type Tx } from '../db';

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 20;

export interface SignInAttempt {
  email: string;
  ip: string;
}

/** A reserved attempt (counted as a failure until settled), or why there is none. */
export type Reservation = { reserved: true; attemptId: string; email: string } | { reserved: false; retryAfterSeconds: number };

/** The e-mail as accounts store it. */
export function normalizeSignInEmail(email: string): string {
  return email.trim().toLowerCase();
}

// What attempts are counted under: capped so a huge form field cannot bloat the table.
const emailKey = (email: string) => normalizeSignInEmail(email).slice(0, 320);
const ipKey = (ip: string) => ip.slice(0, 100);

class Throttled extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('throttled');
  }
}

/** When the `limit`-th most recent matching failure (other than `own`) leaves the window; 0 while under the limit. */
async function blockedUntil(tx: Tx, where: { email?: string; ip?: string; after: Date; own: string }, limit: number): Promise<number> {
  const recent = await tx.loginAttempt.findMany({
    where: { email: where.email, ip: where.ip, success: false, createdAt: { gt: where.after }, id: { not: where.own } },
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: { createdAt: true },
  });
  return recent.length < limit ? 0 : recent[limit - 1].createdAt.getTime() + SIGN_IN_WINDOW_MS;
}

/**
 * Reserves one password check for `email` from `ip`, or says how long to wait.
 * A refused reservation writes nothing (a refusal must not stretch the lock-out).
 */
export async function reserveSignInAttempt({ email, ip }: SignInAttempt): Promise<Reservation> {
  const now = new Date();
  const windowStart = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const key = emailKey(email);
  const address = ipKey(ip);
  try {
    return await db.$transaction(async (tx): Promise<Reservation> => {
      if (dbKind === 'postgresql') {
        // Under READ COMMITTED two reservations would each miss the other's
        // row; these locks (held to commit) make them take turns. Always e-mail
        // first, then address, so two of them never wait on each other.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(1, hashtext(${key}))`;
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(2, hashtext(${address}))`;
      }
      // The transaction's first write: on SQLite it takes the database's write
      // lock, so reservations from any connection run one after another.
      const { id } = await tx.loginAttempt.create({ data: { email: key, ip: address, success: false, createdAt: now }, select: { id: true } });
      // The owner's typos before a successful sign-in do not count against them
      // later. Per address nothing is forgiven: one good account must not
      // launder a stuffing run over many others.
      const lastSuccess = await tx.loginAttempt.findFirst({
        where: { email: key, success: true, createdAt: { gt: windowStart } },
        orderBy: { createdAt: 'desc' },
        select: { createdAt: true },
      });
      const until = Math.max(
        await blockedUntil(tx, { email: key, after: lastSuccess?.createdAt ?? windowStart, own: id }, MAX_FAILURES_PER_EMAIL),
        // Without a trusted proxy every client is one 'direct' address: counting
        // it would let any stranger's 20 wrong guesses lock the whole desk out.
        address === DIRECT_CLIENT ? 0 : await blockedUntil(tx, { ip: address, after: windowStart, own: id }, MAX_FAILURES_PER_IP),
      );
      if (until > now.getTime()) throw new Throttled(Math.ceil((until - now.getTime()) / 1000));
      return { reserved: true, attemptId: id, email: key };
    });
  } catch (error) {
    if (error instanceof Throttled) return { reserved: false, retryAfterSeconds: error.retryAfterSeconds };
    throw error;
  }
}

/** The password check ran: a right password turns the reserved failure into a success. */
export async function settleSignInAttempt(attemptId: string, success: boolean): Promise<void> {
  if (success) await db.loginAttempt.update({ where: { id: attemptId }, data: { success: true } });
}

/** The password was never checked (e.g. next-auth refused the csrf token): the reservation is no attempt. */
export async function releaseSignInAttempt(attemptId: string): Promise<void> {
  await db.loginAttempt.deleteMany({ where: { id: attemptId } });
}
