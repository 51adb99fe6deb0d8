'use client';

// The editable part of a claim card: statement, verdict, rationale, who made
// the claim and where it appeared. Text fields only: claim-draft.ts turns them
// into the API's body (a claimant or an appearance is sent whole).
import type { Ref } from 'react';
import { CLAIMANT_TYPES, type ClaimantType } from '@/lib/domain/types';
import type { Draft } from './claim-draft';
import type { Verdict } from './types';

interface Props {
  draft: Draft;
  verdicts: Verdict[];
  disabled: boolean;
  onChange(draft: Draft): void;
  /** the statement field, the card's first: the workbench focuses it to open a card */
  statementRef?: Ref<HTMLTextAreaElement>;
}

const CLAIMANT_TYPE_LABELS: Record<ClaimantType, string> = { Person: 'Person', Organization: 'Organisation' };

export function ClaimFields({ draft, verdicts, disabled, onChange, statementRef }: Props) {
  const set = (field: keyof Draft) => (e: { target: { value: string } }) => onChange({ ...draft, [field]: e.target.value });
  // Open when it holds something: most claims appeared in the article itself.
  const appearedElsewhere = !!(draft.appearanceUrl || draft.appearanceDate);
  return (
    <>
      <label>
        Statement
        <textarea ref={statementRef} rows={2} value={draft.statement} disabled={disabled} onChange={(e) => onChange({ ...draft, statement: e.target.value })} />
      </label>
      <label>
        Verdict
        <select value={draft.verdict} disabled={disabled} onChange={(e) => onChange({ ...draft, verdict: e.target.value })}>
          <option value="">— no verdict yet —</option>
          {verdicts.map((option) => (
            <option key={option.key} value={option.key}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Rationale
        <textarea rows={3} value={draft.rationale} disabled={disabled} onChange={(e) => onChange({ ...draft, rationale: e.target.value })} />
      </label>
      <fieldset className="claimant-fields" disabled={disabled}>
        <legend>Who made the claim</legend>
        <div className="row">
          <label>
            Name
            <input value={draft.claimantName} onChange={set('claimantName')} placeholder="e.g. Patrick Ryder" maxLength={300} />
          </label>
          <label>
            A person or an organisation
            <select value={draft.claimantType} onChange={set('claimantType')}>
              <option value="">— choose —</option>
              {CLAIMANT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {CLAIMANT_TYPE_LABELS[type]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label>
          Their page (optional: a profile or official site, for search engines)
          <input type="url" value={draft.claimantUrl} onChange={set('claimantUrl')} placeholder="https://" />
        </label>
      </fieldset>
      <details className="appearance-fields" open={appearedElsewhere}>
        <summary>Where and when it appeared{appearedElsewhere ? '' : ': in this article'}</summary>
        <fieldset disabled={disabled}>
          <label>
            Address (leave empty for this article)
            <input type="url" value={draft.appearanceUrl} onChange={set('appearanceUrl')} placeholder="https://" />
          </label>
          <label>
            Date (leave empty for the article’s date)
            <input type="date" value={draft.appearanceDate} onChange={set('appearanceDate')} />
          </label>
        </fieldset>
      </details>
    </>
  );
}
