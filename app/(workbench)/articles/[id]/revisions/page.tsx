import { RevisionsView } from '@/components/revisions/revisions-view';

export const metadata = { title: 'Revisions · Fact-check workbench' };

export default async function RevisionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <RevisionsView articleId={id} />;
}
