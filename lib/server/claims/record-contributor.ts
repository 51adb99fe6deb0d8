// Notes who changed a claim's content or sources, in the transaction of the
// change: four eyes (lib/domain/permissions.ts, claim:review) refuses them as
// its reviewer until the claim is next approved, which clears the list.
import type { Tx } from '../db';

export async function recordContributor(tx: Tx, claimId: string, userId: string): Promise<void> {
  // ON CONFLICT DO NOTHING (SQLite and PostgreSQL alike), not Prisma's upsert:
  // that reads then inserts, so concurrent edits by one person on PostgreSQL
  // would collide on the primary key instead of losing cleanly on the version.
  await tx.$executeRaw`INSERT INTO "ClaimContributor" ("claimId", "userId") VALUES (${claimId}, ${userId}) ON CONFLICT DO NOTHING`;
}
