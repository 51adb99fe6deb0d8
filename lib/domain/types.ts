// Vocabulary shared by every layer. Kept free of Prisma so lib/domain stays pure;
// the string unions match the enums in prisma/schema.prisma, which
// lib/server/domain-enums-check.ts checks at compile time.
export const ROLES = ['EDITOR', 'REVIEWER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const CLAIM_STATUSES = ['DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const ANCHOR_STATUSES = ['INTACT', 'CHANGED', 'ORPHANED'] as const;
export type AnchorStatus = (typeof ANCHOR_STATUSES)[number];

export const VERDICT_CLASSES = ['TRUE', 'FALSE', 'MIXED', 'UNVERIFIABLE', 'OTHER'] as const;
export type VerdictClass = (typeof VERDICT_CLASSES)[number];

export const CLAIMANT_TYPES = ['Person', 'Organization'] as const;
export type ClaimantType = (typeof CLAIMANT_TYPES)[number];

export const REVIEW_DECISIONS = ['APPROVE', 'REQUEST_CHANGES'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Who is acting: the signed-in user as the session knows them. */
export interface Actor {
  id: string;
  role: Role;
  name?: string;
  email?: string;
}

/** [start, end) of a revision's text: UTF-16 offsets, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** W3C TextQuoteSelector + TextPositionSelector in one record (UTF-16 offsets, end exclusive). */
export interface TextSelector extends TextRange {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface VerdictOptionData {
  key: string;
  label: string;
  ratingValue: number | null;
  normalized: VerdictClass;
  color: string;
  order: number;
}

/** The longest claimant name the API keeps (and so the longest one the claim finder suggests). */
export const CLAIMANT_NAME_MAX_LENGTH = 300;

/** Who made a claim (schema.org's Claim author): a person or an organisation, with a page about them when known. */
export interface Claimant {
  name: string;
  type: ClaimantType;
  url: string | null;
}

/** Where and when a claim appeared, when that is not the article itself (which is the default). */
export interface Appearance {
  url: string | null;
  /** ISO 8601 */
  date: string | null;
}
