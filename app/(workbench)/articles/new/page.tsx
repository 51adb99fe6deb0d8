import { ImportForm } from '@/components/articles/import-form';

export const metadata = { title: 'Import an article · Fact-check workbench' };

export default function ImportArticlePage() {
  return (
    <main>
      <h1>Import an article</h1>
      <ImportForm />
    </main>
  );
}
