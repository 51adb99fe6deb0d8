import { Inbox } from '@/components/notifications/inbox';

export const metadata = { title: 'Inbox · Fact-check workbench' };

export default function InboxPage() {
  return (
    <main>
      <h1>Inbox</h1>
      <Inbox />
    </main>
  );
}
