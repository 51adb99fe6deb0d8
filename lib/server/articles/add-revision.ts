// Saves a new revision of an article's text and re-anchors every claim onto
// it, in one transaction: the revision, each claim's new anchoring and status,
// and the audit trail land together or not at all.
import { AppError } from '@/lib/domain/errors';
import type { Actor, AnchorStatus, ClaimStatus } from '@/lib/domain/types';
import { MAX_ARTICLE_TEXT_BYTES } from '@/lib/validation/articles';
import type { AddRevisionBody } from '@/lib/validation/revisions';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { recordAudit } from '../audit';
import { applyReanchor } from './apply-reanchor';
import { contentHash, normalizeArticleText } from './article-text';
import { loadArticle } from './load-article';
import { STORED_CLAIM_SELECT, type ReanchorPlan } from './plan-reanchor';
import { reanchorArticleClaims } from './reanchor-article-claims';
import { REVISION_SUMMARY_SELECT, toRevisionSummary, type RevisionSummary } from './revision-dto';

/** A thousand claims re-anchored and audited must not hit Prisma's 5 s default. */
const TRANSACTION_TIMEOUT_MS = 60_000;

export interface ReanchoredClaim {
  claimId: string;
  anchorStatus: AnchorStatus;
  previousAnchorStatus: AnchorStatus;
  start: number;
  end: number;
  revisionId: string;
  previousStatus: ClaimStatus;
  status: ClaimStatus;
  method: ReanchorPlan['method'];
  score: number;
  reason: string;
}

export interface AddRevisionResult {
  revision: RevisionSummary;
  reanchored: ReanchoredClaim[];
}

export interface AddRevisionOptions {
  actor: Actor;
  articleId: string;
  input: AddRevisionBody;
}

export async function addRevision({ actor, articleId, input }: AddRevisionOptions): Promise<AddRevisionResult> {
  authorize(actor, 'revision:create');
  await loadArticle(db, articleId);
  const text = checkedText(input.text);
  const hash = contentHash(text);

  return db.$transaction(
    async (tx) => {
      const latest = await tx.articleRevision.findFirst({
        where: { articleId },
        orderBy: { number: 'desc' },
        select: { id: true, number: true, text: true, contentHash: true },
      });
      // Every import creates revision 1 in the same transaction; this is a broken row.
      if (!latest) throw new AppError('NOT_FOUND', 'The article has no text');
      checkBase(input.baseRevision, latest.number);
      if (latest.contentHash === hash && latest.text === text) {
        throw new AppError('CONFLICT', `No change: the text is identical to revision ${latest.number}`, { latestRevision: latest.number });
      }

      const revision = await tx.articleRevision.create({
        data: { articleId, number: latest.number + 1, text, contentHash: hash, authorId: actor.id, note: input.note || null },
        select: REVISION_SUMMARY_SELECT,
      });
      const claims = await tx.claim.findMany({ where: { articleId }, select: STORED_CLAIM_SELECT, orderBy: [{ start: 'asc' }, { id: 'asc' }] });
      const plans = await reanchorArticleClaims(tx, { claims, newText: text, newRevisionId: revision.id, latest });
      await applyReanchor(tx, { actor, plans, revision });
      await tx.article.update({ where: { id: articleId }, data: { updatedAt: new Date() } });

      const count = (pick: (plan: ReanchorPlan) => boolean) => plans.filter(pick).length;
      await recordAudit(tx, {
        actorId: actor.id,
        entityType: 'ArticleRevision',
        entityId: revision.id,
        action: 'article.revised',
        before: { revision: { id: latest.id, number: latest.number, contentHash: latest.contentHash, length: latest.text.length } },
        after: {
          articleId,
          revision: { id: revision.id, number: revision.number, contentHash: hash, length: text.length, note: revision.note },
          claims: {
            total: plans.length,
            INTACT: count((plan) => plan.after.anchorStatus === 'INTACT'),
            CHANGED: count((plan) => plan.after.anchorStatus === 'CHANGED'),
            ORPHANED: count((plan) => plan.after.anchorStatus === 'ORPHANED'),
            // Same words, same place: only their revision moved, so they have no event of their own.
            unchanged: count((plan) => plan.kind === 'moved'),
            reanchored: count((plan) => plan.kind === 'updated'),
            backToReview: count((plan) => plan.before.status !== plan.after.status),
          },
        },
      });
      return { revision: toRevisionSummary(revision), reanchored: plans.map(toReanchored) };
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
  );
}

function checkedText(raw: string): string {
  const text = normalizeArticleText(raw);
  if (text.length === 0) throw new AppError('INVALID', 'The revision has no text', { text: 'the revision has no text' });
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_ARTICLE_TEXT_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', `The text is ${bytes} bytes; at most ${MAX_ARTICLE_TEXT_BYTES} are accepted`, { text: 'at most 1 MB' });
  }
  return text;
}

/** Whoever edited an older revision would silently undo the newer one's changes. */
function checkBase(base: number | undefined, latest: number): void {
  if (base === undefined) return;
  if (base > latest) {
    throw new AppError('INVALID', `The article has no revision ${base}`, { baseRevision: `the latest revision is ${latest}` });
  }
  if (base < latest) {
    throw new AppError('CONFLICT', `Revision ${latest} was saved after revision ${base}, which you edited; reload and apply your changes to it`, {
      latestRevision: latest,
    });
  }
}

function toReanchored(plan: ReanchorPlan): ReanchoredClaim {
  return {
    claimId: plan.claimId,
    anchorStatus: plan.after.anchorStatus,
    previousAnchorStatus: plan.before.anchorStatus,
    start: plan.after.selector.start,
    end: plan.after.selector.end,
    revisionId: plan.after.revisionId,
    previousStatus: plan.before.status,
    status: plan.after.status,
    method: plan.method,
    score: plan.score,
    reason: plan.reason,
  };
}
