// Brings the search index up to date at start-up: claims saved before the
// index existed, or indexed by an older tokenizer (CLAIM_TERMS_VERSION), get a
// fresh entry. Idempotent and cheap when there is nothing to do (one query).
import { CLAIM_TERMS_VERSION } from '@/lib/domain/claim-matching/claim-terms';
import type { Db } from '../db';
import { searchEntryData } from './index-claim-statement';

const BATCH = 500;

/** Returns how many claims were (re)indexed. */
export async function reindexClaims(db: Db): Promise<number> {
  let done = 0;
  for (;;) {
    const claims = await db.claim.findMany({
      where: { OR: [{ searchEntry: null }, { searchEntry: { version: { lt: CLAIM_TERMS_VERSION } } }] },
      select: { id: true, statement: true },
      orderBy: { id: 'asc' },
      take: BATCH,
    });
    if (claims.length === 0) return done;
    await db.$transaction(
      claims.map((claim) => {
        const data = searchEntryData(claim.statement);
        return db.claimSearchEntry.upsert({ where: { claimId: claim.id }, create: { claimId: claim.id, ...data }, update: data });
      }),
    );
    done += claims.length;
  }
}
