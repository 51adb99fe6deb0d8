import { requirePageActor } from '@/lib/server/auth/page-actor';
import { Workbench } from '@/components/editor/workbench';

export const metadata = { title: 'Workbench · Fact-check workbench' };

export default async function ArticleWorkbenchPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, actor] = await Promise.all([params, requirePageActor()]);
  return <Workbench articleId={id} actor={actor} />;
}
