// The zod pieces that the API's response shapes and the audit trail's events
// are built from, declared once: lib/server/contract/parts.ts re-exports them
// for the DTOs, lib/domain/audit-events.ts builds the events from them (it
// must stay pure, so they live here rather than in lib/server). Each named
// piece carries its OpenAPI name (`.meta({ id })`).
import { z } from '@/lib/validation/zod';
import { REANCHOR_METHODS } from './anchoring/reanchor-method';
import { ANCHOR_STATUSES, CLAIM_STATUSES, CLAIMANT_TYPES, REVIEW_DECISIONS, ROLES, VERDICT_CLASSES } from './types';

/** A point in time as the API writes it: ISO 8601 in UTC (`Date#toISOString`). */
export const timestamp = z.iso.datetime().meta({ description: 'ISO 8601, UTC', example: '2026-11-30T14:18:00.000Z' });

export const role = z.enum(ROLES).meta({ id: 'Role' });
export const claimStatus = z.enum(CLAIM_STATUSES).meta({ id: 'ClaimStatus' });
export const anchorStatus = z
  .enum(ANCHOR_STATUSES)
  .meta({ id: 'AnchorStatus', description: 'whether the quoted words are still where they were (INTACT), were found again elsewhere or changed (CHANGED), or are gone (ORPHANED)' });
export const reviewDecision = z.enum(REVIEW_DECISIONS).meta({ id: 'ReviewDecision' });
export const verdictClass = z.enum(VERDICT_CLASSES).meta({ id: 'VerdictClass' });
export const reanchorMethod = z.enum(REANCHOR_METHODS).meta({ id: 'ReanchorMethod', description: 'how the quoted words were found in the new text' });

/** A person as other records name them. */
export const personRef = z.object({ id: z.string(), name: z.string() }).meta({ id: 'PersonRef' });

/** A claim's verdict as the claim shows it: the scale's key, with its label and colour. */
export const verdictRef = z.object({ key: z.string(), label: z.string(), color: z.string() }).meta({ id: 'VerdictRef' });

/** W3C TextQuoteSelector + TextPositionSelector in one record (UTF-16 offsets, end exclusive). */
export const textSelector = z
  .object({ exact: z.string(), prefix: z.string(), suffix: z.string(), start: z.number().int(), end: z.number().int() })
  .meta({ id: 'TextSelector', description: 'W3C Web Annotation TextQuoteSelector and TextPositionSelector in one object: UTF-16 offsets into the revision text, end exclusive' });

/** Who made a claim (schema.org's Claim `author`). */
export const claimant = z
  .object({
    name: z.string(),
    type: z.enum(CLAIMANT_TYPES).meta({ description: "schema.org's type: Person or Organization" }),
    url: z.string().nullable().meta({ description: 'a page about them (schema.org sameAs), when known' }),
  })
  .meta({ id: 'Claimant' });

/** Where and when a claim appeared, when that is not the article itself. */
export const appearance = z
  .object({ url: z.string().nullable(), date: timestamp.nullable() })
  .meta({ id: 'Appearance', description: "null fields (or no appearance at all) stand for the article's own URL and date, which consumers apply" });
