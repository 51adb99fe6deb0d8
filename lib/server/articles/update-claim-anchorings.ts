// Writes the new anchoring of many claims in a few statements: one UPDATE ...
// FROM (VALUES ...) per chunk, each row guarded by the version the plan was
// made from. Through Prisma's typed API this was one statement per claim: a
// revision re-anchoring 1,000 claims held the database (and, on SQLite, every
// other request's read) for over a second (npm run bench, "heavy jobs").
import type { AnchorStatus, ClaimStatus, TextSelector } from '@/lib/domain/types';
import { dbKind, type Tx } from '../db';
import { Prisma } from '../generated/prisma/client';

export interface ClaimAnchoringWrite {
  claimId: string;
  /** the version the plan was made from; a claim at another version is not written */
  version: number;
  selector: TextSelector;
  revisionId: string;
  anchorStatus: AnchorStatus;
  status: ClaimStatus;
}

/** Rows per statement: 9 parameters each, far under SQLite's and PostgreSQL's limits. */
const CHUNK = 500;

/**
 * PostgreSQL types a VALUES list from its contents, and a bare parameter is
 * text there: integers and enums are cast. SQLite stores enums as text and a
 * CAST to an unknown type name would turn them into numbers, so it gets none.
 */
const asInt = (value: number) => (dbKind === 'postgresql' ? Prisma.sql`CAST(${value} AS INTEGER)` : Prisma.sql`${value}`);
const asEnum = (value: string, type: 'AnchorStatus' | 'ClaimStatus') => (dbKind === 'postgresql' ? Prisma.sql`CAST(${value} AS ${Prisma.raw(`"${type}"`)})` : Prisma.sql`${value}`);
/** Prisma's own stored form: TIMESTAMP(3) in UTC on PostgreSQL, ISO text with +00:00 on SQLite. */
const timestamp = (at: Date) => (dbKind === 'postgresql' ? Prisma.sql`CAST(${at.toISOString()} AS TIMESTAMP(3))` : Prisma.sql`${at.toISOString().replace('Z', '+00:00')}`);

/** Writes every row whose claim is still at its version; returns how many were written. */
export async function updateClaimAnchorings(tx: Tx, rows: ClaimAnchoringWrite[], at = new Date()): Promise<number> {
  let written = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = rows
      .slice(i, i + CHUNK)
      .map(
        (row) =>
          Prisma.sql`(${row.claimId}, ${asInt(row.version)}, ${row.selector.exact}, ${row.selector.prefix}, ${row.selector.suffix}, ${asInt(row.selector.start)}, ${asInt(row.selector.end)}, ${row.revisionId}, ${asEnum(row.anchorStatus, 'AnchorStatus')}, ${asEnum(row.status, 'ClaimStatus')})`,
      );
    written += await tx.$executeRaw`
      UPDATE "Claim" SET
        "exact" = v.column3, "prefix" = v.column4, "suffix" = v.column5,
        "start_offset" = v.column6, "end_offset" = v.column7, "revisionId" = v.column8,
        "anchorStatus" = v.column9, "status" = v.column10,
        "version" = "Claim"."version" + 1, "updatedAt" = ${timestamp(at)}
      FROM (VALUES ${Prisma.join(values)}) AS v
      WHERE "Claim"."id" = v.column1 AND "Claim"."version" = v.column2`;
  }
  return written;
}
