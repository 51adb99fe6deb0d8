'use client';

// Someone saved the claim while this user was editing it (a 409 on Save, or a
// new copy that changed a field the user is editing too). Shows what they
// changed next to what this user changed, both against the copy the user
// started from, and lets the user decide: nothing is overwritten silently.
import { TextDiff } from '@/components/ui/diff-parts';
import { DRAFT_FIELDS, draftOf, type Draft, type DraftField } from './claim-draft';
import { STATUS_LABELS } from './status-badge';
import type { Claim, Verdict } from './types';

interface Props {
  /** the copy this user started editing from */
  before: Draft;
  /** the claim as the server now holds it */
  theirs: Claim;
  /** this user's edits (only the fields they changed) */
  mine: Partial<Draft>;
  verdicts: Verdict[];
  busy: boolean;
  onKeepMine(): void;
  onReloadTheirs(): void;
}

const LABELS: Record<DraftField, string> = {
  statement: 'Statement',
  verdict: 'Verdict',
  rationale: 'Rationale',
  claimantName: 'Claimant',
  claimantType: 'Claimant is a',
  claimantUrl: 'Claimant’s page',
  appearanceUrl: 'Where it appeared',
  appearanceDate: 'When it appeared',
};

export function StaleConflict({ before, theirs, mine, verdicts, busy, onKeepMine, onReloadTheirs }: Props) {
  const other = draftOf(theirs);
  const verdictLabel = (key: string) => (key ? (verdicts.find((v) => v.key === key)?.label ?? key) : 'no verdict');
  const fields = DRAFT_FIELDS.filter((key) => other[key] !== before[key] || key in mine);
  const theyChangedContent = DRAFT_FIELDS.some((key) => other[key] !== before[key]);

  const change = (key: DraftField, value: string) => {
    if (value === before[key]) return <span className="muted">unchanged</span>;
    if (key === 'verdict') return <span>{`${verdictLabel(before[key])} → ${verdictLabel(value)}`}</span>;
    if (value === '') return <span>removed</span>;
    return <TextDiff before={before[key]} after={value} />;
  };

  return (
    <section className="conflict" role="alert" data-testid="stale-conflict">
      <strong>Someone else saved this claim while you were editing it.</strong>
      {!theyChangedContent && (
        <p className="muted">They did not touch the statement, verdict, rationale, claimant or appearance (they changed its sources or status: now {STATUS_LABELS[theirs.status]}).</p>
      )}
      <dl>
        {fields.map((key) => (
          <div key={key} data-field={key}>
            <dt>{LABELS[key]}</dt>
            <dd>
              <span className="who-changed">Theirs:</span> {change(key, other[key])}
            </dd>
            <dd>
              <span className="who-changed">Yours:</span> {change(key, mine[key] ?? before[key])}
            </dd>
          </div>
        ))}
      </dl>
      <p className="muted">“Keep mine” saves the fields you edited on top of their version; a field only they changed keeps theirs. “Reload theirs” discards your edits and shows their version.</p>
      <div className="row">
        <button type="button" className="primary" disabled={busy} onClick={onKeepMine}>
          Keep mine
        </button>
        <button type="button" disabled={busy} onClick={onReloadTheirs}>
          Reload theirs
        </button>
      </div>
    </section>
  );
}
