// The desk (issue 16): what is waiting for the signed-in user, where each
// article stands, and how the desk's verdicts and reviews have gone. Read for
// the home page of the workbench (app/(workbench)/desk/page.tsx), in one pass.
import { reviewTurnaround, type TurnaroundWeek } from '@/lib/domain/desk/review-turnaround';
import { canReviewAny } from '@/lib/domain/permissions';
import type { Actor, ClaimStatus } from '@/lib/domain/types';
import { authorize } from '../auth/authorize';
import { mayReview } from '../claims/list-review-queue';
import { reviewEntryTimes } from '../claims/review-entry-times';
import { db } from '../db';

export interface DeskClaim {
  id: string;
  articleId: string;
  articleTitle: string;
  quote: string;
  status: ClaimStatus;
  /** when it last changed, or (waiting for review) since when it waits */
  since: string;
}

export interface DeskArticle {
  id: string;
  title: string;
  counts: Record<ClaimStatus, number>;
  total: number;
}

export interface DeskView {
  mine: { drafts: DeskClaim[]; sentBack: DeskClaim[]; assigned: DeskClaim[] };
  /** null for those who review nothing */
  review: { waiting: number; assignedToMe: number; oldest: DeskClaim | null } | null;
  articles: DeskArticle[];
  verdicts: { key: string; label: string; color: string; count: number }[];
  turnaround: TurnaroundWeek[];
}

/** How many of each list the desk shows; the rest are a link away (the articles, the queue). */
const LIST_MAX = 10;
const TURNAROUND_WEEKS = 8;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

const CLAIM_LINE = { id: true, articleId: true, exact: true, status: true, updatedAt: true, authorId: true, article: { select: { title: true } } } as const;
type ClaimLineRow = { id: string; articleId: string; exact: string; status: ClaimStatus; updatedAt: Date; article: { title: string } };
const line = (row: ClaimLineRow, since = row.updatedAt): DeskClaim => ({
  id: row.id,
  articleId: row.articleId,
  articleTitle: row.article.title,
  quote: row.exact,
  status: row.status,
  since: since.toISOString(),
});

export async function getDesk({ actor, now = new Date() }: { actor: Actor; now?: Date }): Promise<DeskView> {
  authorize(actor, 'article:read');
  const newestFirst = { updatedAt: 'desc' } as const;
  const [drafts, sentBack, assigned, inReview, articles, approved, verdictOptions, reviews] = await Promise.all([
    db.claim.findMany({ where: { authorId: actor.id, status: 'DRAFT' }, select: CLAIM_LINE, orderBy: newestFirst, take: LIST_MAX }),
    db.claim.findMany({ where: { authorId: actor.id, status: 'CHANGES_REQUESTED' }, select: CLAIM_LINE, orderBy: newestFirst, take: LIST_MAX }),
    // Work given to me (the claim's own editor, else its article's) that is not done.
    db.claim.findMany({
      where: { status: { in: ['DRAFT', 'CHANGES_REQUESTED'] }, OR: [{ editorAssigneeId: actor.id }, { editorAssigneeId: null, article: { editorAssigneeId: actor.id } }] },
      select: CLAIM_LINE,
      orderBy: newestFirst,
      take: LIST_MAX,
    }),
    canReviewAny(actor)
      ? db.claim.findMany({ where: { status: 'IN_REVIEW' }, select: { ...CLAIM_LINE, reviewerAssigneeId: true, article: { select: { title: true, reviewerAssigneeId: true } } } })
      : Promise.resolve([]),
    db.article.findMany({ select: { id: true, title: true, claims: { select: { status: true } } }, orderBy: { updatedAt: 'desc' } }),
    db.claim.groupBy({ by: ['verdictKey'], where: { status: 'APPROVED' }, _count: { _all: true } }),
    db.verdictOption.findMany({ select: { key: true, label: true, color: true }, orderBy: { order: 'asc' } }),
    db.review.findMany({ where: { createdAt: { gte: new Date(now.getTime() - TURNAROUND_WEEKS * WEEK_MS) } }, select: { claimId: true, createdAt: true }, take: 5_000 }),
  ]);

  let review: DeskView['review'] = null;
  if (canReviewAny(actor)) {
    const mine = inReview.filter(mayReview(actor));
    const entered = await reviewEntryTimes(
      db,
      mine.map((c) => c.id),
    );
    const oldest = mine.map((c) => ({ c, since: entered.get(c.id) ?? c.updatedAt })).sort((a, b) => a.since.getTime() - b.since.getTime())[0];
    const assignedToMe = mine.filter((c) => (c.reviewerAssigneeId ?? c.article.reviewerAssigneeId) === actor.id).length;
    review = { waiting: mine.length, assignedToMe, oldest: oldest ? line(oldest.c, oldest.since) : null };
  }

  const submissions = await db.auditEvent.findMany({
    where: { action: 'claim.submitted', claimId: { in: [...new Set(reviews.map((r) => r.claimId))] } },
    select: { claimId: true, createdAt: true },
  });
  const countOf = new Map(approved.map((row) => [row.verdictKey, row._count._all]));
  return {
    mine: { drafts: drafts.map((r) => line(r)), sentBack: sentBack.map((r) => line(r)), assigned: assigned.map((r) => line(r)) },
    review,
    articles: articles.map((a) => {
      const counts: Record<ClaimStatus, number> = { DRAFT: 0, IN_REVIEW: 0, CHANGES_REQUESTED: 0, APPROVED: 0 };
      for (const c of a.claims) counts[c.status] += 1;
      return { id: a.id, title: a.title, counts, total: a.claims.length };
    }),
    verdicts: verdictOptions.map((v) => ({ ...v, count: countOf.get(v.key) ?? 0 })).filter((v) => v.count > 0),
    turnaround: reviewTurnaround(
      reviews.map((r) => ({ claimId: r.claimId, at: r.createdAt })),
      submissions.filter((s): s is { claimId: string; createdAt: Date } => s.claimId !== null).map((s) => ({ claimId: s.claimId, at: s.createdAt })),
      now,
      TURNAROUND_WEEKS,
    ),
  };
}
