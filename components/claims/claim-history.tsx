'use client';

// A claim's audit trail as a timeline, oldest first, behind a "History" toggle:
// loaded only when someone opens it, and again whenever the claim moves on.
import { useState } from 'react';
import { useApiGet } from '@/components/ui/use-api-get';
import { TextDiff } from '@/components/ui/diff-parts';
import { ErrorAlert } from '@/components/ui/error-alert';
import { describeEvent } from './history-lines';

interface Props {
  claimId: string;
  /** the claim's version: a change means new events to show */
  version: number;
  verdicts: { key: string; label: string }[];
}

export function ClaimHistory({ claimId, version, verdicts }: Props) {
  const [open, setOpen] = useState(false);
  const { data, error } = useApiGet(open ? 'GET /api/claims/{id}/history' : null, { params: { id: claimId } }, 'Could not load the history', version);
  const events = data?.events ?? null;

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
