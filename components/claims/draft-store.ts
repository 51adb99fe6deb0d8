'use client';

// Unsaved claim edits, kept per claim id above the cards. A card may be
// unmounted and built again (the lazy stand-in, a re-sort of the list) and its
// props replaced by a newer server copy at any time; what the user typed lives
// here, not in the card, so neither loses it. The workbench reads `hasUnsaved`
// to ask before the page is left. The rules for meeting a new copy are the pure
// functions of claim-draft.ts.
import { createContext, useCallback, useContext, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { draftOf, editedFields, isSettled, rebase, startDraft, type Draft, type PendingDraft } from './claim-draft';
import type { Claim } from './types';

export class DraftStore {
  private readonly drafts = new Map<string, PendingDraft>();
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  get = (claimId: string): PendingDraft | undefined => this.drafts.get(claimId);

  /** Stores the draft, or forgets it once nothing is left to keep. */
  set(claimId: string, draft: PendingDraft | null): void {
    const settled = !draft || isSettled(draft);
    if (settled && !this.drafts.has(claimId)) return;
    if (settled) this.drafts.delete(claimId);
    else this.drafts.set(claimId, draft);
    for (const listener of this.listeners) listener();
  }

  hasUnsaved = (): boolean => this.drafts.size > 0;

  /** Whether this claim holds unsaved edits or an open choice: its card stays open in the compact list. */
  holds = (claimId: string): boolean => this.drafts.has(claimId);
}

const DraftStoreContext = createContext<DraftStore | null>(null);
export const DraftStoreProvider = DraftStoreContext.Provider;

/** Whether any card under this store holds unsaved edits (re-renders when that changes). */
export function useHasUnsavedDrafts(store: DraftStore): boolean {
  return useSyncExternalStore(store.subscribe, store.hasUnsaved, () => false);
}

/** Whether one claim holds unsaved edits under the nearest store (re-renders when that changes). */
export function useHoldsDraft(claimId: string): boolean {
  const store = useContext(DraftStoreContext);
  return useSyncExternalStore(
    store?.subscribe ?? noSubscription,
    () => store?.holds(claimId) ?? false,
    () => false,
  );
}
const noSubscription = () => () => undefined;

export interface ClaimDraft {
  /** what the form shows: the user's text where they typed, the server's elsewhere */
  draft: Draft;
  /** the pending entry, when there is anything unsaved or a choice open */
  pending: PendingDraft | undefined;
  dirty: boolean;
  setDraft(next: Draft): void;
  update(change: (pending: PendingDraft) => PendingDraft | null): void;
  discard(): void;
}

/** One claim's draft, for its card. */
export function useClaimDraft(claim: Claim): ClaimDraft {
  // Outside a workbench (a card on its own) the card keeps its own store.
  const [own] = useState(() => new DraftStore());
  const store = useContext(DraftStoreContext) ?? own;
  const pending = useSyncExternalStore(
    store.subscribe,
    () => store.get(claim.id),
    () => undefined,
  );

  // A newer server copy: rebase what is pending onto it (before paint, so an
  // untouched field never flashes its old value).
  useLayoutEffect(() => {
    const current = store.get(claim.id);
    if (current && claim.version > current.baseVersion) store.set(claim.id, rebase(current, draftOf(claim), claim.version));
  }, [store, claim]);

  const setDraft = useCallback(
    (next: Draft) => {
      const current = store.get(claim.id);
      store.set(claim.id, current ? { ...current, mine: next } : startDraft(claim, next));
    },
    [store, claim],
  );
  const update = useCallback(
    (change: (pending: PendingDraft) => PendingDraft | null) => {
      const current = store.get(claim.id);
      if (current) store.set(claim.id, change(current));
    },
    [store, claim.id],
  );
  const discard = useCallback(() => store.set(claim.id, null), [store, claim.id]);

  return {
    draft: pending?.mine ?? draftOf(claim),
    pending,
    dirty: !!pending && editedFields(pending).length > 0,
    setDraft,
    update,
    discard,
  };
}
