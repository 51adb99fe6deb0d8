'use client';

// A claim's audit trail as a timeline, oldest first, behind a "History" toggle:
// loaded only when someone opens it, and again whenever the claim moves on.
import { useEffect, useState } from 'react';
import { api, ApiError } from '@/lib/api-client';
import { TextDiff } from '@/components/ui/diff-parts';
import { ErrorAlert } from '@/components/ui/error-alert';
import { describeEvent, type HistoryEvent } from './history-lines';

interface Props {
  claimId: string;
  /** the claim's version: a change means new events to show */
  version: number;
  verdicts: { key: string; label: string }[];
}

export function ClaimHistory({ claimId, version, verdicts }: Props) {
  const [open, setOpen] = useState(false);
  const [events, setEvents] = useState<HistoryEvent[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    api<{ events: HistoryEvent[] }>(`/api/claims/${claimId}/history`)
      .then((data) => {
        if (!live) return;
        setEvents(data.events);
        setError(null);
      })
      .catch((e: unknown) => {
        if (live) setError(`Could not load the history: ${e instanceof ApiError ? e.describe() : 'unexpected error'}`);
      });
    return () => {
      live = false;
    };
  }, [open, claimId, version]);

  const label = (key: unknown) => verdicts.find((v) => v.key === key)?.label ?? String(key);
  const panelId = `history-${claimId}`;

  return (
    <section className="claim-history">
      <button type="button" className="link-button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {open ? 'Hide history' : 'History'}
      </button>
      {open && (
        <div id={panelId}>
          <ErrorAlert message={error} />
          {!events && !error && <p className="muted">Loading…</p>}
          {events && (
            <ol className="timeline" data-testid="claim-history" aria-label="Claim history">
              {events.map((event, i) => {
                const line = describeEvent(event, label);
                return (
                  <li key={event.id ?? i} data-action={event.action}>
                    <time className="muted" dateTime={event.at}>
                      {new Date(event.at).toLocaleString()}
                    </time>
                    <div>{line.sentence}</div>
                    {line.quote && <blockquote className="said">{line.quote}</blockquote>}
                    {line.changes.map((change) => (
                      <TextDiff key={change.field} before={change.before} after={change.after} label={`${change.field} change`} />
                    ))}
                  </li>
                );
              })}
            </ol>
          )}
        </div>
      )}
    </section>
  );
}
