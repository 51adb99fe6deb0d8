// Creates a claim on the latest revision of an article, with its audit event.
import { claimantAround } from '@/lib/domain/claim-finder/attribution';
import type { Actor } from '@/lib/domain/types';
import type { CreateClaimBody } from '@/lib/validation/claims';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { recordAudit } from '../audit';
import { loadLatestRevision } from '../articles/load-latest-revision';
import { searchEntryData } from '../claim-search/index-claim-statement';
import { claimantColumns, claimantFromBody } from './claimant-columns';
import { toClaimDto, type ClaimDto } from './claim-dto';
import { requireSelector } from './require-selector';
import { requireVerdict } from './require-verdict';

export interface CreateClaimOptions {
  actor: Actor;
  articleId: string;
  input: CreateClaimBody;
}

export async function createClaim({ actor, articleId, input }: CreateClaimOptions): Promise<ClaimDto> {
  authorize(actor, 'claim:create');

  return db.$transaction(async (tx) => {
    // Read in the transaction: a revision saved meanwhile re-anchors every
    // claim it sees, so a claim must never land on a revision already replaced.
    const revision = await loadLatestRevision(tx, articleId, { id: true, text: true });
    const selector = requireSelector(revision.text, input.selector);
    const verdict = input.verdict ? await requireVerdict(tx, input.verdict) : null;
    const verdictKey = verdict?.key ?? null;
    const statement = input.statement?.trim() || selector.exact;
    // Not given: whoever the claim's sentence names, as the claim finder reads
    // it — a suggestion the card shows in its fields, reviewed like the rest.
    const suggested = input.claimant === undefined ? claimantAround(revision.text, selector) : null;
    const claimant = suggested ? { ...suggested, url: null } : claimantFromBody(input.claimant ?? null);
    // Claim and search entry in one statement, and no read-back of relations
    // we already know (a new claim has no sources): claim saves are the
    // workbench's most frequent write.
    const claim = await tx.claim.create({
      data: {
        articleId,
        revisionId: revision.id,
        ...selector,
        statement,
        rationale: input.rationale ?? '',
        verdictKey,
        ...claimantColumns(claimant, null),
        authorId: actor.id,
        searchEntry: { create: searchEntryData(statement) },
      },
    });
    const author = actor.name !== undefined ? { id: actor.id, name: actor.name } : await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { id: true, name: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: 'Claim',
      entityId: claim.id,
      articleId: articleId,
      action: 'claim.created',
      after: { selector, statement: claim.statement, verdict: verdictKey, rationale: claim.rationale, claimant, status: claim.status },
    });
    return toClaimDto({ ...claim, verdict, sources: [], author, contributors: [], approvals: [] });
  });
}
