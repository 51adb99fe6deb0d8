// The sign-in throttle at the door: next-auth's credentials callback gives
// no way to answer anything but "wrong credentials", so the route handler
// asks here first and answers 429 itself while an e-mail or IP is throttled.
import { clientIp } from '../http/client-ip';
import { readText } from '../http/read-body';
import { errorBody, errorResponse, json } from '../http/responses';
import { checkSignInThrottle } from './sign-in-throttle';

/** A sign-in form is a few hundred bytes; anything near this is not one. */
const MAX_SIGN_IN_BODY = 64 * 1024;

/** The e-mail field of a sign-in body, form-encoded (next-auth's client) or JSON, as next-auth reads it. */
function emailField(body: string, contentType: string): string {
  if (contentType.includes('application/json')) {
    try {
      const email = (JSON.parse(body) as { email?: unknown } | null)?.email;
      return typeof email === 'string' ? email : '';
    } catch {
      return '';
    }
  }
  return new URLSearchParams(body).get('email') ?? '';
}

function minutes(seconds: number): string {
  const n = Math.max(1, Math.ceil(seconds / 60));
  return n === 1 ? '1 minute' : `${n} minutes`;
}

/** Where next-auth's client signIn() reads the error from: `{error: 'RateLimited', status: 429}`. */
function signInPageUrl(req: Request): string {
  const configured = process.env.NEXTAUTH_URL;
  const origin = configured ? new URL(configured).origin : new URL(req.url).origin;
  return `${origin}/signin?error=RateLimited`;
}

/** 429 for a credentials sign-in while throttled; null to let next-auth handle the request. */
export async function refuseThrottledSignIn(req: Request, segments: string[] = []): Promise<Response | null> {
  if (req.method !== 'POST' || segments.join('/') !== 'callback/credentials') return null;
  try {
    // A clone: next-auth reads the original body itself.
    const body = await readText(req.clone(), MAX_SIGN_IN_BODY);
    const email = emailField(body, req.headers.get('content-type') ?? '');
    const decision = await checkSignInThrottle({ email, ip: clientIp(req.headers) });
    if (!decision.limited) return null;
    const message = `Too many sign-in attempts; try again in ${minutes(decision.retryAfterSeconds)}`;
    return json({ ...errorBody('RATE_LIMITED', message), url: signInPageUrl(req) }, 429, { 'retry-after': String(decision.retryAfterSeconds) });
  } catch (error) {
    return errorResponse(error);
  }
}
