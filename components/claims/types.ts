// Shapes the UI reads from the API (docs/api.md#claims).
import type { VerdictOptionData } from '@/lib/domain/types';
export type { ClaimDto as Claim, SourceDto as Source } from '@/lib/server/claims/claim-dto';
export type Verdict = VerdictOptionData;
export type { SimilarClaimDto as SimilarClaim } from '@/lib/server/claim-search/find-similar-claims';
export type { CommentDto as Comment } from '@/lib/server/comments/comment-dto';
