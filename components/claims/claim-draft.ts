// What a person has typed on a claim card and not yet saved, and how it meets a
// newer server copy. Pure (data in, data out) so the rules that decide whose
// words win are unit-tested apart from React: the card keeps a pending draft
// per claim, and whenever the server's copy moves on (a source added, a
// teammate's save, a 409) the draft is rebased three-way — the copy it was
// started from, the user's text, the new copy — instead of being reset.
import type { ClaimantType } from '@/lib/domain/types';
import type { UpdateClaimBody } from '@/lib/validation/claims';
import type { Claim } from './types';

/** The editable fields of a claim as the card's form holds them: text, each merged on its own. */
export interface Draft {
  statement: string;
  /** verdict key, '' for none */
  verdict: string;
  rationale: string;
  /** '' for no claimant */
  claimantName: string;
  /** 'Person' | 'Organization', '' before one is chosen */
  claimantType: ClaimantType | '';
  claimantUrl: string;
  appearanceUrl: string;
  /** the day (YYYY-MM-DD, in UTC), as a date field holds it */
  appearanceDate: string;
}

export type DraftField = keyof Draft;
export const DRAFT_FIELDS: readonly DraftField[] = ['statement', 'verdict', 'rationale', 'claimantName', 'claimantType', 'claimantUrl', 'appearanceUrl', 'appearanceDate'];
const CLAIMANT_FIELDS: readonly DraftField[] = ['claimantName', 'claimantType', 'claimantUrl'];
const APPEARANCE_FIELDS: readonly DraftField[] = ['appearanceUrl', 'appearanceDate'];

export const draftOf = (claim: Pick<Claim, 'statement' | 'verdict' | 'rationale' | 'claimant' | 'appearance'>): Draft => ({
  statement: claim.statement,
  verdict: claim.verdict?.key ?? '',
  rationale: claim.rationale,
  claimantName: claim.claimant?.name ?? '',
  claimantType: claim.claimant?.type ?? '',
  claimantUrl: claim.claimant?.url ?? '',
  appearanceUrl: claim.appearance?.url ?? '',
  appearanceDate: claim.appearance?.date?.slice(0, 10) ?? '',
});

/**
 * The PATCH body for the user's edits (`sent`, from `edits()`), read off the
 * form (`mine`). The API replaces a claimant or an appearance whole, so a
 * change to any part of one sends all of it as the form shows it; an emptied
 * name is no claimant. `stored` is the appearance of the copy the form is
 * based on: its date-time goes back unchanged when its day was not touched
 * (the form holds only the day).
 */
export function updateBody(sent: Partial<Draft>, mine: Draft, stored: Claim['appearance']): Omit<UpdateClaimBody, 'version'> {
  const body: Omit<UpdateClaimBody, 'version'> = {};
  if (sent.statement !== undefined) body.statement = sent.statement;
  if (sent.verdict !== undefined) body.verdict = sent.verdict || null;
  if (sent.rationale !== undefined) body.rationale = sent.rationale;
  if (CLAIMANT_FIELDS.some((field) => field in sent)) {
    // The type goes as chosen, '' included: the schema then names the field to fix.
    body.claimant = mine.claimantName.trim() ? { name: mine.claimantName, type: mine.claimantType as ClaimantType, url: mine.claimantUrl.trim() || null } : null;
  }
  if (APPEARANCE_FIELDS.some((field) => field in sent)) {
    const url = mine.appearanceUrl.trim() || null;
    const date = 'appearanceDate' in sent ? mine.appearanceDate || null : (stored?.date ?? null);
    body.appearance = url || date ? { url, date } : null;
  }
  return body;
}

/** Unsaved edits of one claim. */
export interface PendingDraft {
  /** the server's copy the edits are measured against */
  base: Draft;
  /** the version of that copy: a newer one is rebased onto, an older one ignored */
  baseVersion: number;
  /** what the form shows */
  mine: Draft;
  /**
   * Set when the server's copy moved under the user's edits in a way they must
   * look at: it changed a field they are editing too, or refused their save as
   * stale (409). `before` is the copy they started from, kept so the compare
   * view can show what each side changed; cleared only by the user's choice.
   */
  conflict: { before: Draft } | null;
}

export function startDraft(claim: Claim, mine: Draft): PendingDraft {
  return { base: draftOf(claim), baseVersion: claim.version, mine, conflict: null };
}

/** Fields whose text differs from the copy the user started from. */
export function editedFields(draft: PendingDraft): DraftField[] {
  return DRAFT_FIELDS.filter((field) => draft.mine[field] !== draft.base[field]);
}

/** Only the user's edits, as a PATCH sends them. */
export function edits(draft: PendingDraft): Partial<Draft> {
  return Object.fromEntries(editedFields(draft).map((field) => [field, draft.mine[field]]));
}

/** Nothing left to keep: no edit and no open choice (the card may drop the draft). */
export function isSettled(draft: PendingDraft): boolean {
  return draft.conflict === null && editedFields(draft).length === 0;
}

/**
 * Rebases the draft onto a newer server copy: a field the user edited keeps the
 * user's text, any other field takes the server's. A field both changed, to
 * different text, opens the compare view (`conflict`) rather than being
 * overwritten either way. A copy no newer than the base is ignored (an answer
 * that arrives late must not undo a later one).
 */
export function rebase(draft: PendingDraft, theirs: Draft, version: number): PendingDraft {
  if (version <= draft.baseVersion) return draft;
  const mine: Record<DraftField, string> = { ...draft.mine };
  let clash = false;
  for (const field of DRAFT_FIELDS) {
    const edited = draft.mine[field] !== draft.base[field];
    if (!edited) mine[field] = theirs[field];
    else if (theirs[field] !== draft.base[field] && theirs[field] !== draft.mine[field]) clash = true;
  }
  const conflict = draft.conflict ?? (clash ? { before: draft.base } : null);
  return { base: theirs, baseVersion: version, mine: mine as Draft, conflict };
}

/**
 * The server refused a save because its copy moved on (409, carrying that
 * copy): rebase onto it and always ask, even when no field clashes — the user
 * pressed Save and it did not happen.
 */
export function refused(draft: PendingDraft, theirs: Draft, version: number): PendingDraft {
  const rebased = rebase(draft, theirs, version);
  return { ...rebased, conflict: rebased.conflict ?? draft.conflict ?? { before: draft.base } };
}

/**
 * A save went through: `sent` is what the PATCH carried, `saved` the copy the
 * server answered with (it may tidy a field, e.g. trim a statement, or fall
 * back to the quoted words for a blank one). A field still holding what was
 * sent, or never touched, takes the server's value; a field typed into while
 * the save was on its way stays the user's, and unsaved. The open choice, if
 * any, is made.
 */
export function acknowledgeSave(draft: PendingDraft, sent: Partial<Draft>, saved: Draft, version: number): PendingDraft {
  // Field by field, each taken whole from one copy or the other: the claimant type stays one of its values.
  const mine: Record<DraftField, string> = { ...draft.mine };
  for (const field of DRAFT_FIELDS) {
    const stillAsSent = field in sent && draft.mine[field] === sent[field];
    const untouched = draft.mine[field] === draft.base[field];
    if (stillAsSent || untouched) mine[field] = saved[field];
  }
  // A save that changed nothing answers with the same version; never go back.
  return { base: saved, baseVersion: Math.max(version, draft.baseVersion), mine: mine as Draft, conflict: null };
}
