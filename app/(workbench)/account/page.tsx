import { requirePageActor } from '@/lib/server/auth/page-actor';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { ROLE_LABELS } from '@/components/admin/types';

export const metadata = { title: 'Account · Fact-check workbench' };

export default async function AccountPage() {
  const actor = await requirePageActor();
  return (
    <main>
      <h1>Account</h1>
      <dl className="card account">
        <dt>Name</dt>
        <dd>{actor.name}</dd>
        <dt>Email</dt>
        <dd>{actor.email}</dd>
        <dt>Role</dt>
        <dd>{ROLE_LABELS[actor.role]}</dd>
      </dl>
      <ChangePasswordForm />
    </main>
  );
}
