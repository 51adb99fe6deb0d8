// Creates a claim on the latest revision of an article, with its audit event.
import { AppError } from '@/lib/domain/errors';
import { checkSelector } from '@/lib/domain/anchoring/selector';
import type { Actor } from '@/lib/domain/types';
import type { CreateClaimBody } from '@/lib/validation/claims';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { recordAudit } from '../audit';
import { CLAIM_INCLUDE, toClaimDto, type ClaimDto } from './claim-dto';
import { requireVerdict } from './require-verdict';

export interface CreateClaimOptions {
  actor: Actor;
  articleId: string;
  input: CreateClaimBody;
}

export async function createClaim({ actor, articleId, input }: CreateClaimOptions): Promise<ClaimDto> {
  authorize(actor, 'claim:create');

  const revision = await db.articleRevision.findFirst({
    where: { articleId },
    orderBy: { number: 'desc' },
    select: { id: true, text: true },
  });
  if (!revision) throw new AppError('NOT_FOUND', 'No such article');

  const check = checkSelector(revision.text, input.selector);
  if (!check.ok) {
    const details = Object.fromEntries(check.problems.map((p) => [`selector.${p.field}`, p.message]));
    throw new AppError('INVALID', 'The selection does not match the article text', details);
  }
  const { selector } = check;

  return db.$transaction(async (tx) => {
    const verdictKey = input.verdict ? await requireVerdict(tx, input.verdict) : null;
    const claim = await tx.claim.create({
      data: {
        articleId,
        revisionId: revision.id,
        ...selector,
        statement: input.statement?.trim() || selector.exact,
        rationale: input.rationale ?? '',
        verdictKey,
        authorId: actor.id,
      },
      include: CLAIM_INCLUDE,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: 'Claim',
      entityId: claim.id,
      action: 'claim.created',
      after: { selector, statement: claim.statement, verdict: verdictKey, rationale: claim.rationale, status: claim.status },
    });
    return toClaimDto(claim);
  });
}
