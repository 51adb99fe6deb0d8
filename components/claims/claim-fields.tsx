'use client';

// The editable part of a claim card: statement, verdict and rationale.
import type { Ref } from 'react';
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

export function ClaimFields({ draft, verdicts, disabled, onChange, statementRef }: Props) {
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
    </>
  );
}
