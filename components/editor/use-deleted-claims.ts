'use client';

// Claims deleted in this workbench a moment ago. Each keeps its place in the
// list as a notice ("Claim deleted. Undo") until the undo runs out or the
// claim is restored (DeletedClaimNotice); the article view drops it at once.
import { useCallback, useState } from 'react';
import type { Claim } from '@/components/claims/types';

interface Options {
  /** The claims on show, where a deleted one is found by id. */
  claims: Claim[] | undefined;
  removeClaim: (id: string) => void;
  restoreClaim: (claim: Claim) => void;
  /** After a claim was deleted here. */
  onDeleted: () => void;
  /** After a deleted claim came back, as a draft. */
  onRestored: (claim: Claim) => void;
}

export function useDeletedClaims({ claims, removeClaim, restoreClaim, onDeleted, onRestored }: Options) {
  const [deleted, setDeleted] = useState<Claim[]>([]);
  const claimDeleted = useCallback(
    (id: string) => {
      const gone = claims?.find((c) => c.id === id);
      if (gone) setDeleted((list) => [...list, gone]);
      removeClaim(id);
      onDeleted();
    },
    [claims, removeClaim, onDeleted],
  );
  const undoExpired = useCallback((id: string) => setDeleted((list) => list.filter((c) => c.id !== id)), []);
  const claimRestored = useCallback(
    (claim: Claim) => {
      setDeleted((list) => list.filter((c) => c.id !== claim.id));
      restoreClaim(claim);
      onRestored(claim);
    },
    [restoreClaim, onRestored],
  );
  return { deleted, claimDeleted, undoExpired, claimRestored };
}
