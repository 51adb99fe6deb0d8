-- Data only, no schema change: claim.updated audit events named the verdict
-- "verdictKey" where every other event (and the API) says "verdict";
-- lib/domain/audit-events.ts now declares "verdict" for every action. This
-- renames the key in the events stored before.
--
-- The stored JSON was written by JSON.stringify: compact, and every quote
-- inside a string escaped, so the text "verdictKey": can only be that key.
-- The text is replaced rather than the JSON rewritten so that every other
-- byte stays as stored (the review queue finds when a claim entered review by
-- the compact text "status":"IN_REVIEW"). The same statement runs on
-- PostgreSQL (prisma/postgresql/migrations).
UPDATE "AuditEvent"
SET "before" = REPLACE("before", '"verdictKey":', '"verdict":'),
    "after" = REPLACE("after", '"verdictKey":', '"verdict":')
WHERE "action" = 'claim.updated'
  AND ("before" LIKE '%"verdictKey":%' OR "after" LIKE '%"verdictKey":%');
