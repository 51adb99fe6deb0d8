// Edits a claim's statement, verdict or rationale, guarded by its version.
import type { ClaimContent } from '@/lib/domain/audit-events';
import type { Actor } from '@/lib/domain/types';
import type { UpdateClaimBody } from '@/lib/validation/claims';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { recordAudit } from '../audit';
import { indexClaimStatement } from '../claim-search/index-claim-statement';
import { toClaimDto, type ClaimDto } from './claim-dto';
import { checkExpectedVersion, updateClaimAtVersion } from './claim-version';
import { loadClaim } from './load-claim';
import { recordContributor } from './record-contributor';
import { requireTransition } from './require-transition';
import { requireVerdict } from './require-verdict';

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

    const before: ClaimContent = { statement: claim.statement, verdict: claim.verdict?.key ?? null, rationale: claim.rationale };
    const after: ClaimContent = {
      // As on creation, a blank statement falls back to the quoted words.
      statement: input.statement === undefined ? before.statement : input.statement.trim() || claim.exact,
      verdict: input.verdict === undefined ? before.verdict : input.verdict && (await requireVerdict(tx, input.verdict)).key,
      rationale: input.rationale ?? before.rationale,
    };
    const changed = (Object.keys(after) as (keyof ClaimContent)[]).filter((field) => after[field] !== before[field]);
    // Saving what is already there is not an edit: no new version, no review lost.
    if (changed.length === 0) return toClaimDto(claim);

    const status = requireTransition(claim.status, 'edit_content');
    // Before the update, whose read-back is the answer: it lists this editor.
    await recordContributor(tx, claim.id, actor.id);
    const updated = await updateClaimAtVersion(tx, claim.id, input.version, { statement: after.statement, verdictKey: after.verdict, rationale: after.rationale, status });
    if (changed.includes('statement')) await indexClaimStatement(tx, claim.id, after.statement);
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: 'Claim',
      entityId: claim.id,
      action: 'claim.updated',
      before: { ...pick(before, changed), status: claim.status, version: claim.version },
      after: { ...pick(after, changed), status, version: updated.version },
    });
    return toClaimDto(updated);
  });
}

function pick(content: ClaimContent, fields: (keyof ClaimContent)[]): Partial<ClaimContent> {
  return Object.fromEntries(fields.map((field) => [field, content[field]]));
}
