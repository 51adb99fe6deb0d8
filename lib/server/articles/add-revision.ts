// Saves a new revision of an article's text and re-anchors every claim onto
// it. The engine's work (which can take a while on a long article) runs first,
// outside any transaction, so it holds no lock; the write transaction then
// checks that neither the latest revision nor any claim changed meanwhile
// (claim versions), and writes the revision, each claim's new anchoring and
// status, and the audit trail together or not at all. If something did change,
// the plan is made again.
import { z } from 'zod';
import type { ReanchorOutcome } from '@/lib/domain/anchoring/reanchor';
import { AppError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/types';
import { MAX_ARTICLE_TEXT_BYTES } from '@/lib/validation/articles';
import type { AddRevisionBody } from '@/lib/validation/revisions';
import { authorize } from '../auth/authorize';
import { db, type Tx } from '../db';
import { recordAudit } from '../audit';
import { applyReanchor } from './apply-reanchor';
import { contentHash, normalizeArticleText } from './article-text';
import { loadArticle } from './load-article';
import { loadLatestRevision } from './load-latest-revision';
import { planReanchor, STORED_CLAIM_SELECT, type ReanchorPlan, type StoredClaim } from './plan-reanchor';
import { reanchorArticleClaims } from './reanchor-article-claims';
import { anchorStatus, claimStatus, reanchorMethod } from '../contract/parts';
import type { Equal, Expect } from '../contract/type-checks';
import { REVISION_SUMMARY_SELECT, revisionSummary, toRevisionSummary } from './revision-dto';

/** A thousand claims written and audited must not hit Prisma's 5 s default. */
const TRANSACTION_TIMEOUT_MS = 60_000;
/** Plans outdated by a concurrent change before they could be written: made again, up to this many in all. */
const PLAN_ATTEMPTS = 3;

const LATEST_SELECT = { id: true, number: true, text: true, contentHash: true } as const;
type Latest = { id: string; number: number; text: string; contentHash: string };

/** What the write needs, computed from the state it must still find. */
interface RevisionPlan {
  latest: Latest;
  claims: StoredClaim[];
  outcomes: Map<string, ReanchorOutcome>;
}

export const reanchoredClaim = z
  .object({
    claimId: z.string(),
    anchorStatus,
    previousAnchorStatus: anchorStatus,
    start: z.number().int(),
    end: z.number().int(),
    revisionId: z.string(),
    previousStatus: claimStatus,
    status: claimStatus,
    method: reanchorMethod,
    score: z.number().meta({ description: '1 for exact matches, the fuzzy score otherwise, 0 for orphaned' }),
    reason: z.string(),
  })
  .meta({ id: 'ReanchoredClaim' });
export type ReanchoredClaim = z.infer<typeof reanchoredClaim>;
export type ReanchorMethodsMatch = Expect<Equal<ReanchoredClaim['method'], ReanchorPlan['method']>>;

export const addRevisionResult = z.object({ revision: revisionSummary, reanchored: z.array(reanchoredClaim) });
export type AddRevisionResult = z.infer<typeof addRevisionResult>;

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

  for (let attempt = 0; attempt < PLAN_ATTEMPTS; attempt += 1) {
    const plan = await planRevision(articleId, input.baseRevision, text, hash);
    const result = await db.$transaction((tx) => writeRevision(tx, { actor, articleId, note: input.note, text, hash, plan }), {
      timeout: TRANSACTION_TIMEOUT_MS,
      maxWait: 10_000,
    });
    if (result) return result;
  }
  throw new AppError('CONFLICT', 'The article kept changing while the revision was saved; try again');
}

/** Reads the latest revision and the claims, and runs the engine: no transaction, no lock held. */
async function planRevision(articleId: string, base: number | undefined, text: string, hash: string): Promise<RevisionPlan> {
  const latest = await loadLatestRevision(db, articleId, LATEST_SELECT);
  checkBase(base, latest.number);
  if (latest.contentHash === hash && latest.text === text) {
    throw new AppError('CONFLICT', `No change: the text is identical to revision ${latest.number}`, { latestRevision: latest.number });
  }
  const claims = await db.claim.findMany({ where: { articleId }, select: STORED_CLAIM_SELECT, orderBy: [{ start: 'asc' }, { id: 'asc' }] });
  const outcomes = await reanchorArticleClaims(db, { claims, newText: text, latest });
  return { latest, claims, outcomes };
}

/** Whether the latest revision and every claim (by version) are still what the plan was made from. */
async function stillCurrent(tx: Tx, articleId: string, plan: RevisionPlan): Promise<boolean> {
  const latest = await tx.articleRevision.findFirst({ where: { articleId }, orderBy: { number: 'desc' }, select: { id: true } });
  if (latest?.id !== plan.latest.id) return false;
  const claims = await tx.claim.findMany({ where: { articleId }, select: { id: true, version: true } });
  const planned = new Map(plan.claims.map((claim) => [claim.id, claim.version]));
  return claims.length === planned.size && claims.every((claim) => planned.get(claim.id) === claim.version);
}

interface WriteRevisionOptions {
  actor: Actor;
  articleId: string;
  note: string | undefined;
  text: string;
  hash: string;
  plan: RevisionPlan;
}

/** The write, inside the transaction; null (nothing written) when the plan is outdated. */
async function writeRevision(tx: Tx, { actor, articleId, note, text, hash, plan }: WriteRevisionOptions): Promise<AddRevisionResult | null> {
  if (!(await stillCurrent(tx, articleId, plan))) return null;
  const { latest } = plan;
  const revision = await tx.articleRevision.create({
    data: { articleId, number: latest.number + 1, text, contentHash: hash, authorId: actor.id, note: note || null },
    select: REVISION_SUMMARY_SELECT,
  });
  const plans = plan.claims.map((claim) => planReanchor(claim, plan.outcomes.get(claim.id), text, revision.id));
  await applyReanchor(tx, { actor, plans, revision });
  await tx.article.update({ where: { id: articleId }, data: { updatedAt: new Date() } });

  const count = (pick: (plan: ReanchorPlan) => boolean) => plans.filter(pick).length;
  await recordAudit(tx, {
    actorId: actor.id,
    entityType: 'ArticleRevision',
    entityId: revision.id,
    articleId,
    action: 'article.revised',
    before: { revision: { id: latest.id, number: latest.number, contentHash: latest.contentHash, length: latest.text.length } },
    after: {
      articleId,
      revision: { id: revision.id, number: revision.number, contentHash: hash, length: text.length, note: revision.note },
      claims: {
        total: plans.length,
        INTACT: count((p) => p.after.anchorStatus === 'INTACT'),
        CHANGED: count((p) => p.after.anchorStatus === 'CHANGED'),
        ORPHANED: count((p) => p.after.anchorStatus === 'ORPHANED'),
        // Same words, same place: only their revision moved, so they have no event of their own.
        unchanged: count((p) => p.kind === 'moved'),
        reanchored: count((p) => p.kind === 'updated'),
        backToReview: count((p) => p.before.status !== p.after.status),
      },
    },
  });
  return { revision: toRevisionSummary(revision), reanchored: plans.map(toReanchored) };
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
