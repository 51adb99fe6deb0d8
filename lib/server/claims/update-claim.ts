// Edits a claim's statement, verdict, rationale, claimant or appearance, guarded by its version.
import { isDeepStrictEqual } from 'node:util';
import type { ClaimAttribution, ClaimContent } from '@/lib/domain/audit-events';
import type { Actor } from '@/lib/domain/types';
import type { UpdateClaimBody } from '@/lib/validation/claims';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { recordAudit } from '../audit';
import { indexClaimStatement } from '../claim-search/index-claim-statement';
import { toClaimDto, type ClaimDto } from './claim-dto';
import { appearanceFromBody, appearanceOf, claimantColumns, claimantFromBody, claimantOf } from './claimant-columns';
import { checkExpectedVersion, updateClaimAtVersion } from './claim-version';
import { loadClaim } from './load-claim';
import { recordContributor } from './record-contributor';
import { requireTransition } from './require-transition';
import { requireVerdict } from './require-verdict';

/** What an editor changes: all of it is what a reviewer judged, so any change is the same workflow event. */
type Editable = ClaimContent & ClaimAttribution;

export interface UpdateClaimOptions {
  actor: Actor;
  claimId: string;
  input: UpdateClaimBody;
}

export async function updateClaim({ actor, claimId, input }: UpdateClaimOptions): Promise<ClaimDto> {
  return db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, claimId);
    authorize(actor, 'claim:edit', { authorId: claim.authorId });
    checkExpectedVersion(claim, input.version);

    const before: Editable = {
      statement: claim.statement,
      verdict: claim.verdict?.key ?? null,
      rationale: claim.rationale,
      claimant: claimantOf(claim),
      appearance: appearanceOf(claim),
    };
    const after: Editable = {
      // As on creation, a blank statement falls back to the quoted words.
      statement: input.statement === undefined ? before.statement : input.statement.trim() || claim.exact,
      verdict: input.verdict === undefined ? before.verdict : input.verdict && (await requireVerdict(tx, input.verdict)).key,
      rationale: input.rationale ?? before.rationale,
      claimant: input.claimant === undefined ? before.claimant : claimantFromBody(input.claimant),
      appearance: input.appearance === undefined ? before.appearance : appearanceFromBody(input.appearance),
    };
    const changed = (Object.keys(after) as (keyof Editable)[]).filter((field) => !isDeepStrictEqual(after[field], before[field]));
    // Saving what is already there is not an edit: no new version, no review lost.
    if (changed.length === 0) return toClaimDto(claim);

    const status = requireTransition(claim.status, 'edit_content');
    // Before the update, whose read-back is the answer: it lists this editor.
    await recordContributor(tx, claim.id, actor.id);
    const updated = await updateClaimAtVersion(tx, claim.id, input.version, {
      statement: after.statement,
      verdictKey: after.verdict,
      rationale: after.rationale,
      ...claimantColumns(after.claimant, after.appearance),
      status,
    });
    if (changed.includes('statement')) await indexClaimStatement(tx, claim.id, after.statement);
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: 'Claim',
      entityId: claim.id,
      articleId: claim.articleId,
      action: 'claim.updated',
      before: { ...pick(before, changed), status: claim.status, version: claim.version },
      after: { ...pick(after, changed), status, version: updated.version },
    });
    return toClaimDto(updated);
  });
}

function pick(content: Editable, fields: (keyof Editable)[]): Partial<Editable> {
  return Object.fromEntries(fields.map((field) => [field, content[field]]));
}
