'use client';

// Someone saved the claim while this user was editing it (409 on Save). Shows
// what they changed next to what this user changed, both against the copy the
// user started from, and lets the user decide: nothing is overwritten silently.
import { TextDiff } from '@/components/ui/diff-parts';
import { STATUS_LABELS } from './status-badge';
import type { Claim, Verdict } from './types';

export interface Draft {
  statement: string;
  /** verdict key, '' for none */
  verdict: string;
  rationale: string;
}

interface Props {
  /** the claim as this user loaded it */
  base: Claim;
  /** the claim as the server now holds it */
  theirs: Claim;
  mine: Draft;
  verdicts: Verdict[];
  busy: boolean;
  onKeepMine(): void;
  onUseTheirs(): void;
}

const draftOf = (claim: Claim): Draft => ({ statement: claim.statement, verdict: claim.verdict?.key ?? '', rationale: claim.rationale });
const FIELDS = [
  { key: 'statement', label: 'Statement' },
  { key: 'verdict', label: 'Verdict' },
  { key: 'rationale', label: 'Rationale' },
] as const;

export function StaleConflict({ base, theirs, mine, verdicts, busy, onKeepMine, onUseTheirs }: Props) {
  const before = draftOf(base);
  const other = draftOf(theirs);
  const verdictLabel = (key: string) => (key ? (verdicts.find((v) => v.key === key)?.label ?? key) : 'no verdict');
  const fields = FIELDS.filter(({ key }) => other[key] !== before[key] || mine[key] !== before[key]);
  const theyChangedContent = FIELDS.some(({ key }) => other[key] !== before[key]);

  const change = (key: keyof Draft, value: string) => {
    if (value === before[key]) return <span className="muted">unchanged</span>;
    if (key === 'verdict') return <span>{`${verdictLabel(before[key])} → ${verdictLabel(value)}`}</span>;
    return <TextDiff before={before[key]} after={value} />;
  };

  return (
    <section className="conflict" role="alert" data-testid="stale-conflict">
      <strong>Someone else saved this claim while you were editing it.</strong>
      {!theyChangedContent && (
        <p className="muted">
          They did not touch the statement, verdict or rationale (they changed its sources or status: now {STATUS_LABELS[theirs.status]}).
        </p>
      )}
      <dl>
        {fields.map(({ key, label }) => (
          <div key={key} data-field={key}>
            <dt>{label}</dt>
            <dd>
              <span className="who-changed">Theirs:</span> {change(key, other[key])}
            </dd>
            <dd>
              <span className="who-changed">Yours:</span> {change(key, mine[key])}
            </dd>
          </div>
        ))}
      </dl>
      <p className="muted">“Keep my changes” saves the fields you edited on top of their version; a field only they changed keeps theirs.</p>
      <div className="row">
        <button type="button" className="primary" disabled={busy} onClick={onKeepMine}>
          Keep my changes
        </button>
        <button type="button" disabled={busy} onClick={onUseTheirs}>
          Use theirs
        </button>
      </div>
    </section>
  );
}
