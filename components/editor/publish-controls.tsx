'use client';

// The article's public page from the workbench: where it is, and for the
// people who may (decide(), 'article:publish': reviewers and admins) buttons
// to publish, publish again (after new approvals) and take it down.
import { useState } from 'react';
import { api, describeError } from '@/lib/api-client';
import { decide } from '@/lib/domain/permissions';
import type { Actor } from '@/lib/domain/types';
import { useApiGet } from '../ui/use-api-get';
import { ErrorAlert } from '../ui/error-alert';

export function PublishControls({ articleId, actor }: { articleId: string; actor: Actor }) {
  const { data, error: loadError, setData } = useApiGet('GET /api/articles/{id}/publication', { params: { id: articleId } }, 'Could not read whether this article is published');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const permission = decide(actor, 'article:publish');
  const publication = data?.publication ?? null;

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  const publish = () =>
    run(async () => {
      const { publication: published } = await api('POST /api/articles/{id}/publication', { params: { id: articleId } });
      setData({ publication: published });
    });
  const unpublish = () =>
    run(async () => {
      await api('DELETE /api/articles/{id}/publication', { params: { id: articleId } });
      setData({ publication: null });
    });

  return (
    <div className="publish-controls row">
      <span role="status" className="muted">
        {publication ? (
          <>
            Public page:{' '}
            <a href={publication.url} target="_blank" rel="noopener">
              {new URL(publication.url).pathname}
            </a>{' '}
            ({publication.claims.length} claim{publication.claims.length === 1 ? '' : 's'})
          </>
        ) : data ? (
          'Not published'
        ) : (
          ''
        )}
      </span>
      {permission.allowed ? (
        <>
          <button type="button" onClick={() => void publish()} disabled={busy || !data} title="Publish each claim as it was last approved">
            {publication ? 'Publish again' : 'Publish'}
          </button>
          {publication && (
            <button type="button" onClick={() => void unpublish()} disabled={busy}>
              Unpublish
            </button>
          )}
        </>
      ) : null}
      <ErrorAlert message={error ?? loadError} />
    </div>
  );
}
