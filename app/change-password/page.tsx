// Where a user signed in with an admin's one-time password lands, whatever
// page they asked for: outside the workbench layout, which would send them
// here again. Anyone else changes their password on the account page.
import { redirect } from 'next/navigation';
import { requirePageActor } from '@/lib/server/auth/page-actor';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { SignOutButton } from '@/components/auth/sign-out-button';

export const metadata = { title: 'Choose a new password · Fact-check workbench' };
export const dynamic = 'force-dynamic';

export default async function ChangePasswordPage() {
  const actor = await requirePageActor({ duringPasswordChange: true });
  if (!actor.mustChangePassword) redirect('/account');
  return (
    <main className="signin">
      <h1>Choose a new password</h1>
      <p className="muted">{actor.name}, an admin reset your password. Choose your own before you continue: the one-time password stops working once you do.</p>
      <ChangePasswordForm next="/desk" />
      <SignOutButton />
    </main>
  );
}
