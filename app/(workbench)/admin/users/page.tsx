import { can } from '@/lib/domain/permissions';
import { requirePageActor } from '@/lib/server/auth/page-actor';
import { UsersAdmin } from '@/components/admin/users-admin';

export const metadata = { title: 'Users · Fact-check workbench' };

export default async function UsersPage() {
  const actor = await requirePageActor();
  // The API refuses non-admins anyway; this says so before they try.
  if (!can(actor, 'users:manage')) {
    return (
      <main>
        <h1>Users</h1>
        <p role="alert" className="error">
          Only admins manage accounts. Ask an admin to open an account or change a role.
        </p>
      </main>
    );
  }
  return (
    <main>
      <h1>Users</h1>
      <UsersAdmin actor={actor} />
    </main>
  );
}
