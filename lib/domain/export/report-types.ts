// The shapes of the export pipeline. Input types are structural, since
// lib/domain never imports lib/server: a ClaimDto plus its reviews satisfies
// ClaimLike & { reviews } as it stands (checked in tests/unit/export).
import type { AnchorStatus, Appearance, Claimant, ClaimStatus, ReviewDecision, TextSelector, VerdictOptionData } from '../types';

export type ReportScope = 'published' | 'all';

export interface SourceLike {
  id: string;
  url: string;
  title: string | null;
  publisher: string | null;
  quote: string | null;
  accessedAt: string | null;
  archivedUrl: string | null;
  reliabilityNote?: string | null;
}

export interface ClaimLike {
  id: string;
  selector: TextSelector;
  anchorStatus: AnchorStatus;
  statement: string;
  verdict: { key: string; label: string; color: string } | null;
  rationale: string;
  /** who made the claim, where it appeared (the API's Claim has both; absent reads as not set) */
  claimant?: Claimant | null;
  appearance?: Appearance | null;
  status: ClaimStatus;
  author: { id: string; name: string };
  version: number;
  sources: SourceLike[];
  createdAt: string;
  updatedAt: string;
}

/**
 * A claim as a reviewer last approved it (the ClaimApproval record): what the
 * published scope shows, whatever the claim holds now.
 */
export interface PublishedVersion {
  statement: string;
  verdict: { key: string; label: string; color: string } | null;
  rationale: string;
  claimant: Claimant | null;
  appearance: Appearance | null;
  /** the quoted words as approved, on the revision they were approved on */
  selector: TextSelector;
  sources: SourceLike[];
  approvedAt: string;
  approvedBy: { id: string; name: string };
  claimVersion: number;
}

export interface ReviewLike {
  reviewerName: string;
  decision: ReviewDecision;
  comment: string | null;
  createdAt: string;
}

export interface ReportArticle {
  id: string;
  slug: string;
  title: string;
  outlet: string | null;
  url: string | null;
  byline: string | null;
  publishedAt: string | null;
  /** the article's language (a BCP 47 tag such as "en"), when known: the W3C export gives it to bodies and target */
  language?: string | null;
}

export interface ReportRevision {
  id: string;
  number: number;
  text: string;
  createdAt: string;
}

export interface ReportInput {
  article: ReportArticle;
  revision: ReportRevision;
  /** `published`: the latest approval, null when never approved (then it is not published) */
  claims: Array<ClaimLike & { reviews: ReviewLike[]; published: PublishedVersion | null }>;
  verdicts: VerdictOptionData[];
  scope: ReportScope;
  generatedAt: string;
}

export interface ReportClaim {
  /** 1..N in reading order; claims that cannot be highlighted come last */
  number: number;
  id: string;
  selector: TextSelector;
  anchorStatus: AnchorStatus;
  statement: string;
  /** the full scale option, or a stand-in when the key is not on the scale */
  verdict: VerdictOptionData | null;
  /** highlight colour: the verdict's, or the "unrated" yellow */
  color: string;
  rationale: string;
  /** who made the claim: as approved in the published scope, as it is now in `all` */
  claimant: Claimant | null;
  /** where and when it appeared, when not the article itself (the article's URL and date are the consumer's fallback) */
  appearance: Appearance | null;
  status: ClaimStatus;
  approved: boolean;
  /** the review that approved the current status, when approved */
  approval: { reviewerName: string; approvedAt: string } | null;
  /** false for ORPHANED claims and any whose quote is not at its offsets */
  highlighted: boolean;
  author: { id: string; name: string };
  version: number;
  sources: SourceLike[];
  reviews: ReviewLike[];
  createdAt: string;
  updatedAt: string;
}

export interface ReportSegment {
  start: number;
  end: number;
  text: string;
  /** numbers of the highlighted claims covering this stretch, ascending */
  claimNumbers: number[];
}

export interface VerdictCount {
  key: string | null;
  label: string;
  color: string;
  count: number;
}

export interface ReportModel {
  scope: ReportScope;
  generatedAt: string;
  article: ReportArticle;
  revision: ReportRevision;
  verdictScale: VerdictOptionData[];
  claims: ReportClaim[];
  segments: ReportSegment[];
  /** one row per scale option (zeros included), then "No verdict" when any */
  summary: VerdictCount[];
  total: number;
}
