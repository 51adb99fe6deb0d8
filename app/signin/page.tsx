import { SignInForm } from '@/components/auth/sign-in-form';
import { safeCallbackPath } from '@/lib/domain/callback-url';

export const metadata = { title: 'Sign in · Fact-check workbench' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  // Only same-site paths: never bounce a user to another origin after sign-in.
  const target = safeCallbackPath(callbackUrl);
  return (
    <main className="signin card">
      <h1>Fact-check workbench</h1>
      <p className="muted">Sign in with your newsroom account.</p>
      <SignInForm callbackUrl={target} />
    </main>
  );
}
