'use client';

// The article overview's state: the filter the reader set, how many claims it
// keeps, and the search's places in the article text with the one shown now
// (stepped through with `step`, each selected in the text by `show`). The rules
// are lib/domain/claim-overview.ts; this holds the choices.
import { useCallback, useMemo, useState } from 'react';
import { findInText, matchesFilter, NO_FILTER, type ClaimFilter, type OverviewClaim } from '@/lib/domain/claim-overview';
import type { TextRange } from '@/lib/domain/types';

export function useClaimFilter(claims: readonly OverviewClaim[], text: string, show: (range: TextRange) => void) {
  const [filter, setFilter] = useState<ClaimFilter>(NO_FILTER);
  const [current, setCurrent] = useState(-1);
  const shown = useMemo(() => claims.filter((c) => matchesFilter(c, filter)).length, [claims, filter]);
  const places = useMemo(() => findInText(text, filter.words), [text, filter.words]);
  const change = useCallback((next: ClaimFilter) => {
    setFilter(next);
    setCurrent(-1);
  }, []);
  const step = useCallback(
    (direction: 1 | -1) => {
      const count = places.ranges.length;
      if (count === 0) return;
      const next = current === -1 ? (direction === 1 ? 0 : count - 1) : (current + direction + count) % count;
      setCurrent(next);
      show(places.ranges[next]);
    },
    [places, current, show],
  );
  return { filter, change, shown, textMatches: { count: places.ranges.length, more: places.more, current }, step };
}
