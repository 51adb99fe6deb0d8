// One claim as one line of the compact list (the article overview): status,
// verdict and the quoted words, cut to the line. Pressing it opens the claim's
// full card in its place.
import type { RefCallback } from 'react';
import { StatusBadge } from './status-badge';
import type { Claim } from './types';
import { VerdictPill } from './verdict-pill';

export function ClaimRow({ claim, onOpen, rowRef }: { claim: Claim; onOpen(): void; rowRef?: RefCallback<HTMLElement> }) {
  return (
    <button type="button" className="claim-row" data-testid="claim-row" data-claim-id={claim.id} aria-expanded={false} onClick={onOpen} ref={rowRef}>
      <StatusBadge status={claim.status} testId="claim-row-status" />
      <VerdictPill verdict={claim.verdict} />
      <span className="claim-row-quote">“{claim.selector.exact}”</span>
    </button>
  );
}
