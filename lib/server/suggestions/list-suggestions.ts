// Claim-finder suggestions for the latest revision of an article, best first,
// minus what the caller dismissed on that revision and minus sentences that
// already hold a claim (a live claim on this revision overlapping the range).
import { z } from 'zod';
import type { Suggestion } from '@/lib/domain/claim-finder/suggest-claims';
import { CLAIMANT_TYPES, type Actor } from '@/lib/domain/types';
import { SUGGESTIONS_DEFAULT_LIMIT, type SuggestionsQuery } from '@/lib/validation/suggestions';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { textSelector } from '../contract/parts';
import type { Equal, Expect } from '../contract/type-checks';
import { runJob } from '../work/run-job';
import { loadLatestRevision } from '../articles/load-latest-revision';

const quantity = z.object({
  text: z.string(),
  value: z.number().meta({ description: 'the lower bound of a range' }),
  max: z.number().optional().meta({ description: 'the upper bound, ranges only' }),
  unit: z.string().optional(),
  approximate: z.boolean(),
  start: z.number().int().meta({ description: 'UTF-16 offsets within the sentence, end exclusive' }),
  end: z.number().int(),
});
const suggestedClaimant = z
  .object({ name: z.string(), type: z.enum(CLAIMANT_TYPES) })
  .meta({ id: 'SuggestedClaimant', description: 'who the sentence\'s attribution names ("..., Ryder said"); a suggestion, saved only when an editor sets it on the claim' });
const suggestion = z
  .object({ selector: textSelector, score: z.number(), reasons: z.array(z.string()), quantities: z.array(quantity), claimant: suggestedClaimant.nullable() })
  .meta({ id: 'Suggestion' });
export type SuggestionMatchesDomain = Expect<Equal<z.infer<typeof suggestion>, Suggestion>>;

export const suggestionsView = z.object({ revision: z.object({ id: z.string(), number: z.number().int() }), suggestions: z.array(suggestion) }).meta({ id: 'SuggestionsView' });
export type SuggestionsView = z.infer<typeof suggestionsView>;

export interface ListSuggestionsOptions {
  actor: Actor;
  articleId: string;
  query?: SuggestionsQuery;
}

export async function listSuggestions({ actor, articleId, query = {} }: ListSuggestionsOptions): Promise<SuggestionsView> {
  authorize(actor, 'article:read');
  const revision = await loadLatestRevision(db, articleId, { id: true, number: true, text: true });
  const [claims, dismissals] = await Promise.all([
    // ORPHANED claims no longer point at words of this revision, so they claim nothing here.
    db.claim.findMany({ where: { articleId, revisionId: revision.id, anchorStatus: { not: 'ORPHANED' } }, select: { start: true, end: true } }),
    db.suggestionDismissal.findMany({ where: { revisionId: revision.id, userId: actor.id }, select: { start: true, end: true } }),
  ]);
  const suggestions = await runJob('openSuggestions', {
    text: revision.text,
    options: { threshold: query.threshold, limit: query.limit ?? SUGGESTIONS_DEFAULT_LIMIT, claims, dismissed: dismissals },
  });
  return { revision: { id: revision.id, number: revision.number }, suggestions };
}
