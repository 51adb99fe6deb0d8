import { ArticleList } from '@/components/articles/article-list';

export const metadata = { title: 'Articles · Fact-check workbench' };

export default function ArticlesPage() {
  return (
    <main>
      <h1>Articles</h1>
      <ArticleList />
    </main>
  );
}
