// next-auth's routes, behind a check of the body (next-auth itself reads any
// size and throws on malformed JSON) and the sign-in throttle.
import NextAuth from 'next-auth';
import { authOptions } from '@/lib/server/auth/auth-options';
import { refuseThrottledSignIn } from '@/lib/server/auth/refuse-throttled-sign-in';
import { refuseUnreadableAuthBody } from '@/lib/server/auth/refuse-unreadable-auth-body';

type Context = { params: Promise<{ nextauth: string[] }> };

// Built per request so the secret is read at run time, not at build time.
async function handler(req: Request, ctx: Context) {
  const refused = (await refuseUnreadableAuthBody(req)) ?? (await refuseThrottledSignIn(req, (await ctx.params).nextauth));
  if (refused) return refused;
  return NextAuth(req as never, ctx as never, authOptions());
}

export { handler as GET, handler as POST };
