'use client';

// An article's revisions: the list, any revision's text, a diff between any
// two, and the editor for the next one.
import Link from 'next/link';
import { useCallback, useEffect, useState } from 'react';
import { api, describeError } from '@/lib/api-client';
import { DiffView } from './diff-view';
import { RevisionEditor } from './revision-editor';
import type { ArticleView } from '@/lib/server/articles/get-article';
import type { DiffResponse, RevisionSummary } from './types';

export function RevisionsView({ articleId }: { articleId: string }) {
  const [view, setView] = useState<ArticleView | null>(null);
  const [revisions, setRevisions] = useState<RevisionSummary[]>([]);
  const [shown, setShown] = useState<{ number: number; text: string } | null>(null);
  const [range, setRange] = useState<{ from: number; to: number } | null>(null);
  const [diff, setDiff] = useState<DiffResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);

  const load = useCallback(async () => {
    try {
      const [article, list] = await Promise.all([api('GET /api/articles/{id}', { params: { id: articleId } }), api('GET /api/articles/{id}/revisions', { params: { id: articleId } })]);
      setView(article);
      setRevisions(list.revisions);
      const latest = article.revision.number;
      setRange((current) => current ?? { from: Math.max(1, latest - 1), to: latest });
      return article;
    } catch (e) {
      setError(describeError(e, 'Could not load the revisions'));
      return null;
    }
  }, [articleId]);

  /** After a new revision: show what it changed. */
  const afterSave = useCallback(async () => {
    const article = await load();
    if (article) setRange({ from: Math.max(1, article.revision.number - 1), to: article.revision.number });
  }, [load]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (!range || range.from === range.to) return setDiff(null);
    api('GET /api/articles/{id}/diff', { params: { id: articleId }, query: { from: String(range.from), to: String(range.to) } })
      .then(setDiff)
      .catch((e: unknown) => setError(describeError(e, 'Could not compare the revisions')));
  }, [articleId, range]);

  async function show(number: number) {
    const { revision } = await api('GET /api/articles/{id}/revisions/{revisionId}', { params: { id: articleId, revisionId: String(number) } });
    setShown(revision);
  }

  if (error) return <p className="error">{error}</p>;
  if (!view || !range) return <p className="muted">Loading…</p>;
  const numbers = revisions.map((r) => r.number);
  const select = (key: 'from' | 'to') => (
    <select aria-label={key === 'from' ? 'Compare from revision' : 'Compare to revision'} value={range[key]} onChange={(e) => setRange({ ...range, [key]: Number(e.target.value) })}>
      {numbers.map((n) => (
        <option key={n} value={n}>
          Revision {n}
        </option>
      ))}
    </select>
  );

  return (
    <main>
      <h1>Revisions: {view.article.title}</h1>
      <p>
        <Link href={`/articles/${articleId}`}>Back to the workbench</Link>
      </p>
      <div className="table-scroll">
        <table className="list">
          <thead>
            <tr>
              <th>Revision</th>
              <th>Saved</th>
              <th>By</th>
              <th>Note</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={r.id}>
                <td>{r.number}</td>
                <td>{new Date(r.createdAt).toLocaleString()}</td>
                <td>{r.author?.name ?? '—'}</td>
                <td>{r.note ?? ''}</td>
                <td>
                  <button type="button" onClick={() => show(r.number)}>
                    View text
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown && (
        <section className="card">
          <h3>Text of revision {shown.number}</h3>
          <div className="revision-text">{shown.text}</div>
        </section>
      )}
      <h2>Compare</h2>
      <div className="row compare-revisions">
        {select('from')} → {select('to')}
      </div>
      {diff ? <DiffView diff={diff} /> : <p className="muted">Choose two different revisions to compare.</p>}
      <h2>New revision</h2>
      {editing ? (
        <RevisionEditor articleId={articleId} baseRevision={view.revision.number} text={view.revision.text} claims={view.claims} onSaved={afterSave} />
      ) : (
        <button type="button" className="primary" onClick={() => setEditing(true)}>
          Edit the text
        </button>
      )}
    </main>
  );
}
