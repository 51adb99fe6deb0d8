'use client';

// A claim card that is only built when it comes near the visible part of the
// side panel (or becomes the active claim). An article with hundreds of claims
// would otherwise build hundreds of full cards — fields, sources, threads —
// before the reader sees anything; until then a light stand-in shows the
// status and the quote at roughly the card's place.
// In the compact list (the article overview's default) every claim is one
// line (ClaimRow) but the open one and any holding unsaved edits: those are
// full cards, so nothing typed is ever folded away.
import { useCallback, useEffect, useRef, useState, type ComponentProps } from 'react';
import { ClaimCard } from './claim-card';
import { ClaimRow } from './claim-row';
import { useHoldsDraft } from './draft-store';
import { StatusBadge } from './status-badge';
import { VerdictPill } from './verdict-pill';

type Props = Omit<ComponentProps<typeof ClaimCard>, 'onCollapse'> & {
  /** build the full card at once (the first cards of the list) */
  eager: boolean;
  /** one line unless `open` or holding edits; `onOpen` opens the line, `onCollapse` folds the open card back */
  compact: boolean;
  open: boolean;
  onOpen(): void;
  onCollapse(): void;
};

export function LazyClaimCard({ eager, compact, open, onOpen, onCollapse, ...props }: Props) {
  const holdsDraft = useHoldsDraft(props.claim.id);
  const [near, setNear] = useState(eager);
  // Once built (near, or made active from afar), a card stays built: going back to the stand-in
  // when another card becomes active would move every card below it.
  if (props.active && !near) setNear(true);
  const stand = useRef<HTMLDivElement>(null);
  // The stand-in is the card's element until the card is built: whoever holds `cardRef` reaches either.
  const { cardRef } = props;
  const standIn = useCallback(
    (element: HTMLDivElement | null) => {
      stand.current = element;
      const release = element ? cardRef?.(element) : undefined;
      return () => {
        stand.current = null;
        if (typeof release === 'function') release();
      };
    },
    [cardRef],
  );

  useEffect(() => {
    const element = stand.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);

  if (compact && !open && !holdsDraft) return <ClaimRow claim={props.claim} onOpen={onOpen} rowRef={props.cardRef} />;
  if (compact) return <ClaimCard {...props} onCollapse={open ? onCollapse : undefined} />;
  if (near || props.active) return <ClaimCard {...props} />;
  const { claim } = props;
  return (
    <div ref={standIn} className="card claim-card-standin" data-claim-id={claim.id} onClick={props.onFocus}>
      <div className="row">
        <StatusBadge status={claim.status} testId="claim-standin-status" />
        {claim.verdict && <VerdictPill verdict={claim.verdict} />}
      </div>
      <blockquote>“{claim.selector.exact}”</blockquote>
    </div>
  );
}
