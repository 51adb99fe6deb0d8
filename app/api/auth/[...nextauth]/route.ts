// next-auth's routes, behind a check of the path (next-auth ignores segments
// past the provider), of the body (next-auth itself reads any size, throws on
// malformed JSON and keeps the last of repeated fields) and the sign-in throttle.
import NextAuth from 'next-auth';
import { authOptions } from '@/lib/server/auth/auth-options';
import { throttledSignIn } from '@/lib/server/auth/throttled-sign-in';
import { readAuthBody } from '@/lib/server/auth/read-auth-body';
import { isCredentialsSignIn, refuseUnknownAuthPath } from '@/lib/server/auth/refuse-unknown-auth-path';
import { errorResponse } from '@/lib/server/http/responses';

type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, ctx: Context) {
  try {
    const segments = (await ctx.params).nextauth ?? [];
    refuseUnknownAuthPath(segments);
    const fields = await readAuthBody(req);
    // Built per request so the secret is read at run time, not at build time.
    const nextAuth = () => NextAuth(req as never, ctx as never, authOptions()) as Promise<Response>;
    return isCredentialsSignIn(req.method, segments) ? await throttledSignIn(req, fields, nextAuth) : await nextAuth();
  } catch (error) {
    return errorResponse(error);
  }
}

export { handler as GET, handler as POST };
