// The claims on the workbench, and the ones taken out of it. Pure: data in,
// data out (tests/unit/editor/claims-in-view.test.ts).
//
// Answers arrive out of order, and three rules keep a late one from undoing a
// newer state:
// - An older copy of a claim never replaces a newer one (versions).
// - A deleted claim stays out. A live update fetched just before the deletion,
//   or a card's own save, can land after it; put in as any other answer, it
//   brought the claim back (a card for a claim the server no longer has, two
//   "Claim deleted" notices). Only its restore brings it back, and only one
//   newer than the deletion (the server restores past the version it deleted,
//   restore-claim.ts), so a restore answered before a second deletion cannot
//   undo that one.
// - A "not found" asked before the claim was restored here is about the
//   deletion that Undo undid: it does not take the restored claim out.

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
  /** the claims restored here: id to when (a clock of the caller's, e.g. performance.now()) */
  restored: ReadonlyMap<string, number>;
}

/** The claims as loaded, none deleted or restored yet. */
export function claimsInView<C extends ViewedClaim>(claims: C[]): ClaimsInView<C> {
  return { claims, removed: new Map(), restored: new Map() };
}

/** A new or changed claim, in reading order. An older copy never replaces a newer one; a deleted claim is not brought back. */
export function putClaim<C extends ViewedClaim>(state: ClaimsInView<C>, claim: C): ClaimsInView<C> {
  if (state.removed.has(claim.id)) return state;
  const known = state.claims.find((c) => c.id === claim.id);
  if (known && known.version > claim.version) return state;
  return { ...state, claims: [...state.claims.filter((c) => c.id !== claim.id), claim].sort(byStart) };
}

/**
 * A claim deleted: by this page (`askedAt` left out), or as an answer "not
 * found" to a request sent at `askedAt`, which says nothing about a restore
 * made here after it was sent.
 */
export function takeOutClaim<C extends ViewedClaim>(state: ClaimsInView<C>, claimId: string, askedAt?: number): ClaimsInView<C> {
  const restoredAt = state.restored.get(claimId);
  if (askedAt !== undefined && restoredAt !== undefined && askedAt < restoredAt) return state;
  const known = state.claims.find((c) => c.id === claimId);
  if (!known && state.removed.has(claimId)) return state;
  return { ...state, claims: state.claims.filter((c) => c.id !== claimId), removed: new Map(state.removed).set(claimId, known?.version ?? 0) };
}

/** A deleted claim back at `now`, restored on the server past the version it was deleted at. */
export function putRestoredClaim<C extends ViewedClaim>(state: ClaimsInView<C>, claim: C, now: number): ClaimsInView<C> {
  const deletedAt = state.removed.get(claim.id);
  if (deletedAt === undefined) return putClaim(state, claim);
  if (claim.version <= deletedAt) return state;
  const removed = new Map(state.removed);
  removed.delete(claim.id);
  return putClaim({ ...state, removed, restored: new Map(state.restored).set(claim.id, now) }, claim);
}
