// next-auth configuration: e-mail + password (Credentials provider) and a JWT
// session carrying the user id and role.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { authSecret } from './secret';
import { checkReservedCredentials } from './check-credentials';

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
