// The claims on the workbench, and the ones taken out of it. Pure: data in,
// data out (tests/unit/editor/claims-in-view.test.ts).
//
// Answers arrive out of order. A live update fetched just before a claim was
// deleted, or a card's own save, can land after the deletion; put in the view
// as any other answer, it brought the deleted claim back (a card for a claim
// the server no longer has, and two "Claim deleted" notices for it). So a
// claim taken out stays out until it is restored: its restore is the one
// answer that may bring it back, and only one newer than the deletion (the
// server restores past the version it deleted, restore-claim.ts), so a
// restore answered before a second deletion cannot undo that one.

/** What of a claim (components/claims/types.ts) these rules read. */
interface ViewedClaim {
  id: string;
  version: number;
  selector: { start: number; end: number };
}

/** Reading order: by start, the longer of two claims starting together first. */
export const byStart = (a: ViewedClaim, b: ViewedClaim) => a.selector.start - b.selector.start || b.selector.end - a.selector.end;

export interface ClaimsInView<C extends ViewedClaim = ViewedClaim> {
  claims: C[];
  /** the claims deleted since the view was loaded and not restored: id to the version last seen (0 if never seen) */
  removed: ReadonlyMap<string, number>;
}

/** A new or changed claim, in reading order. An older copy never replaces a newer one; a deleted claim is not brought back. */
export function putClaim<C extends ViewedClaim>(state: ClaimsInView<C>, claim: C): ClaimsInView<C> {
  if (state.removed.has(claim.id)) return state;
  const known = state.claims.find((c) => c.id === claim.id);
  if (known && known.version > claim.version) return state;
  return { ...state, claims: [...state.claims.filter((c) => c.id !== claim.id), claim].sort(byStart) };
}

export function takeOutClaim<C extends ViewedClaim>(state: ClaimsInView<C>, claimId: string): ClaimsInView<C> {
  const known = state.claims.find((c) => c.id === claimId);
  if (!known && state.removed.has(claimId)) return state;
  return { claims: state.claims.filter((c) => c.id !== claimId), removed: new Map(state.removed).set(claimId, known?.version ?? 0) };
}

/** A deleted claim back (restored on the server, past the version it was deleted at). */
export function putRestoredClaim<C extends ViewedClaim>(state: ClaimsInView<C>, claim: C): ClaimsInView<C> {
  const deletedAt = state.removed.get(claim.id);
  if (deletedAt === undefined) return putClaim(state, claim);
  if (claim.version <= deletedAt) return state;
  const removed = new Map(state.removed);
  removed.delete(claim.id);
  return putClaim({ ...state, removed }, claim);
}
