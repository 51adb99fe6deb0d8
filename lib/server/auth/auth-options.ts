// next-auth configuration: e-mail + password (Credentials provider) and a JWT
// session carrying the user id and role.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { authSecret } from './secret';
import { clientIp } from '../http/client-ip';
import { checkCredentials } from './check-credentials';

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
    pages: { signIn: '/signin' },
    providers: [
      CredentialsProvider({
        name: 'E-mail and password',
        credentials: {
          email: { label: 'E-mail', type: 'email' },
          password: { label: 'Password', type: 'password' },
        },
        // The sign-in throttle is enforced in front of next-auth (app/api/auth);
        // here every attempt is recorded, with the address it came from.
        async authorize(credentials, req) {
          const user = await checkCredentials(credentials?.email ?? '', credentials?.password ?? '', clientIp(req?.headers));
          return user ? { id: user.id, name: user.name, email: user.email, role: user.role } : null;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) token.role = (user as { role?: string }).role;
        return token;
      },
      async session({ session, token }) {
        if (session.user) {
          (session.user as { id?: string }).id = token.sub;
          (session.user as { role?: unknown }).role = token.role;
        }
        return session;
      },
    },
  };
}
