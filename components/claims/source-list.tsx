'use client';

// A claim's sources as a reader checks them: each link with its publisher, the
// day it was accessed and the passage quoted from it. The claim card passes who
// may remove one; the review card only shows them.
import type { Source } from './types';

interface Props {
  sources: Source[];
  /** absent: no Remove buttons (a read-only list) */
  canRemove?(source: Source): boolean;
  onRemove?(source: Source): void;
}

export function SourceList({ sources, canRemove, onRemove }: Props) {
  if (sources.length === 0) return <p className="muted">No sources yet.</p>;
  return (
    <ol className="sources">
      {sources.map((source) => (
        <li key={source.id}>
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.title || source.url}
          </a>
          {source.publisher && <span className="muted"> · {source.publisher}</span>}
          {source.accessedAt && <span className="muted"> · accessed {source.accessedAt.slice(0, 10)}</span>}
          {source.quote && <blockquote>{source.quote}</blockquote>}{' '}
          {onRemove && canRemove?.(source) && (
            <button type="button" className="danger" onClick={() => onRemove(source)} aria-label={`Remove source ${source.title || source.url}`}>
              Remove
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}
