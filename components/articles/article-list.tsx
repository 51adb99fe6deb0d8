'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { api, describeError } from '@/lib/api-client';
import type { ArticleSummary } from './types';

export function ArticleList() {
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api('GET /api/articles')
      .then((data) => setArticles(data.articles))
      .catch((e: unknown) => setError(describeError(e, 'Could not load the articles')));
  }, []);

  if (error) return <p className="error">{error}</p>;
  if (!articles) return <p className="muted">Loading…</p>;
  if (articles.length === 0) return <p className="muted">No articles yet.</p>;
  return (
    // Scrolls sideways by itself on a narrow screen; the page does not.
    <div className="table-scroll">
      <table className="list">
        <thead>
          <tr>
            <th>Title</th>
            <th>Outlet</th>
            <th>Revision</th>
            <th>Claims</th>
            <th>In review</th>
            <th>Approved</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((article) => (
            <tr key={article.id}>
              <td>
                <Link href={`/articles/${article.id}`}>{article.title}</Link>
              </td>
              <td>{article.outlet ?? '—'}</td>
              <td>{article.latestRevision?.number ?? '—'}</td>
              <td>{article.claimCounts.total}</td>
              <td>{article.claimCounts.IN_REVIEW}</td>
              <td>{article.claimCounts.APPROVED}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
