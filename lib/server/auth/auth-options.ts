// next-auth configuration: e-mail + password (Credentials provider) and a JWT
// session cookie carrying the user id, role and the id of the server-side
// session (`sid`) it belongs to; the server checks that session on every
// request (current-actor.ts), so it can be ended before the cookie expires.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { safeRedirect } from '@/lib/domain/callback-url';
import { authSecret } from './secret';
import { checkReservedCredentials } from './check-credentials';
import { actorBySession, tokenSession } from './current-actor';
import { endSession } from './end-session';
import { SESSION_LIFETIME_MS, startSession } from './start-session';

/** Thrown by the jwt callback for a session that was revoked or expired: routine, not a server error. */
class SessionEnded extends Error {
  constructor() {
    super('The session has ended');
  }
}

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    // The cookie's own expiry; the session row's absolute lifetime is what counts.
    session: { strategy: 'jwt', maxAge: SESSION_LIFETIME_MS / 1000 },
    pages: { signIn: '/signin' },
    providers: [
      CredentialsProvider({
        name: 'E-mail and password',
        credentials: {
          email: { label: 'E-mail', type: 'email' },
          password: { label: 'Password', type: 'password' },
        },
        // The route handler (app/api/auth) reserved this attempt with the
        // sign-in throttle; the password is checked only under that reservation.
        async authorize(credentials) {
          const user = await checkReservedCredentials(credentials?.email ?? '', credentials?.password ?? '');
          return user ? { id: user.id, name: user.name, email: user.email, role: user.role } : null;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.role = (user as { role?: string }).role;
          token.sid = await startSession(user.id);
          return token;
        }
        // GET /api/auth/session: an ended session answers no session (next-auth
        // catches this, answers {} and clears the cookie), as the API would.
        const session = tokenSession(token);
        if (!session || !(await actorBySession(session))) throw new SessionEnded();
        return token;
      },
      async session({ session, token }) {
        if (session.user) {
          (session.user as { id?: string }).id = token.sub;
          (session.user as { role?: unknown }).role = token.role;
        }
        return session;
      },
      // Same-origin paths only, whatever callbackUrl a link carried.
      async redirect({ url, baseUrl }) {
        return safeRedirect(url, baseUrl);
      },
    },
    logger: {
      // next-auth logs every thrown jwt callback as an error; an ended session polling is not one.
      error(code, metadata) {
        if (code === 'JWT_SESSION_ERROR' && metadata instanceof SessionEnded) return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
    },
    events: {
      async signOut({ token }) {
        const session = tokenSession(token);
        if (session) await endSession(session.sessionId);
      },
    },
  };
}
