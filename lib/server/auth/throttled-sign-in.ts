// The sign-in throttle at the door: next-auth's credentials callback gives
// no way to answer anything but "wrong credentials", so the route handler
// reserves the attempt here first (sign-in-throttle.ts) and answers 429 itself
// while an e-mail or address is throttled; next-auth's authorize() then checks
// the password under that reservation (check-credentials.ts).
import { clientIp } from '../http/client-ip';
import { errorBody, json } from '../http/responses';
import { rateLimited, withReservedSignIn } from './check-credentials';

/** The e-mail field as next-auth will hand it to authorize() (fields from readAuthBody). */
function emailField(fields: unknown): string {
  const email = fields && typeof fields === 'object' ? (fields as { email?: unknown }).email : undefined;
  return typeof email === 'string' ? email : '';
}

/** Where next-auth's client signIn() reads the error from: `{error: 'RateLimited', status: 429}`. */
function signInPageUrl(req: Request): string {
  const configured = process.env.NEXTAUTH_URL;
  const origin = configured ? new URL(configured).origin : new URL(req.url).origin;
  return `${origin}/signin?error=RateLimited`;
}

/** Runs next-auth's credentials callback (`signIn`) under a reserved attempt, or answers 429. */
export async function throttledSignIn(req: Request, fields: unknown, signIn: () => Promise<Response>): Promise<Response> {
  const outcome = await withReservedSignIn({ email: emailField(fields), ip: clientIp(req.headers) }, signIn);
  if (!outcome.throttled) return outcome.result;
  const { message } = rateLimited(outcome.retryAfterSeconds);
  return json({ ...errorBody('RATE_LIMITED', message), url: signInPageUrl(req) }, 429, { 'retry-after': String(outcome.retryAfterSeconds) });
}
