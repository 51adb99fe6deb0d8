import { SignInForm } from '@/components/auth/sign-in-form';

export const metadata = { title: 'Sign in · Fact-check workbench' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  // Only same-site paths: never bounce a user to another origin after sign-in.
  const target = callbackUrl && callbackUrl.startsWith('/') && !callbackUrl.startsWith('//') ? callbackUrl : '/articles';
  return (
    <main className="signin card">
      <h1>Fact-check workbench</h1>
      <p className="muted">Sign in with your newsroom account.</p>
      <SignInForm callbackUrl={target} />
    </main>
  );
}
