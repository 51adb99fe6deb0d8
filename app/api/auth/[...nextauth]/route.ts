import NextAuth from 'next-auth';
import { authOptions } from '@/lib/server/auth/auth-options';

// Built per request so the secret is read at run time, not at build time.
async function handler(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(req as never, ctx as never, authOptions());
}

export { handler as GET, handler as POST };
