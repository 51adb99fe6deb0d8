import Link from 'next/link';
import { ArticleList } from '@/components/articles/article-list';

export const metadata = { title: 'Articles · Fact-check workbench' };

export default function ArticlesPage() {
  return (
    <main>
      <h1>Articles</h1>
      <p>
        <Link href="/articles/new">Import an article</Link>
      </p>
      <ArticleList />
    </main>
  );
}
