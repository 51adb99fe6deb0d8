// A claimant and an appearance as Claim and ClaimApproval store them (five
// nullable columns of the same names on both) and as everything else reads
// them (lib/domain's Claimant and Appearance, null when unset). The one
// mapping both ways, so a claim, its approval and the published version agree.
import type { Appearance, Claimant } from '@/lib/domain/types';
import type { AppearanceBody, ClaimantBody } from '@/lib/validation/claims';

export interface ClaimantColumns {
  claimantName: string | null;
  claimantType: Claimant['type'] | null;
  claimantUrl: string | null;
  appearanceUrl: string | null;
  appearanceDate: Date | null;
}

export function claimantOf(row: ClaimantColumns): Claimant | null {
  // A name without a type cannot be written by the API; read it as no claimant rather than guess.
  return row.claimantName && row.claimantType ? { name: row.claimantName, type: row.claimantType, url: row.claimantUrl } : null;
}

export function appearanceOf(row: ClaimantColumns): Appearance | null {
  if (!row.appearanceUrl && !row.appearanceDate) return null;
  return { url: row.appearanceUrl, date: row.appearanceDate ? row.appearanceDate.toISOString() : null };
}

/** The request's claimant as stored: trimmed, an empty URL as none. */
export function claimantFromBody(body: ClaimantBody | null): Claimant | null {
  return body ? { name: body.name, type: body.type, url: body.url || null } : null;
}

/** The request's appearance as stored: dates in UTC, empty fields as none, nothing at all as no appearance. */
export function appearanceFromBody(body: AppearanceBody | null): Appearance | null {
  const url = body?.url || null;
  const date = body?.date ? new Date(body.date).toISOString() : null;
  return url || date ? { url, date } : null;
}

/** The columns to write for a claimant and an appearance (copied alike into an approval). */
export function claimantColumns(claimant: Claimant | null, appearance: Appearance | null): ClaimantColumns {
  return {
    claimantName: claimant?.name ?? null,
    claimantType: claimant?.type ?? null,
    claimantUrl: claimant?.url ?? null,
    appearanceUrl: appearance?.url ?? null,
    appearanceDate: appearance?.date ? new Date(appearance.date) : null,
  };
}
