// Compile-time only: the domain's string unions (lib/domain/types.ts, which
// stays free of Prisma) must equal the enums Prisma generates from
// prisma/schema.prisma, for both generated clients. A member added, removed or
// renamed on one side only makes `tsc` fail here. Nothing is emitted or
// imported at run time.
import type { AnchorStatus, ClaimantType, ClaimStatus, ReviewDecision, Role, VerdictClass } from '@/lib/domain/types';
import type { Equal, Expect } from './contract/type-checks';
import type { $Enums as SqliteEnums } from './generated/prisma/client';
import type { $Enums as PostgresEnums } from './generated/prisma-pg/client';

export type DomainEnumsMatchPrisma = [
  Expect<Equal<Role, SqliteEnums.Role>>,
  Expect<Equal<ClaimStatus, SqliteEnums.ClaimStatus>>,
  Expect<Equal<AnchorStatus, SqliteEnums.AnchorStatus>>,
  Expect<Equal<ReviewDecision, SqliteEnums.ReviewDecision>>,
  Expect<Equal<VerdictClass, SqliteEnums.VerdictClass>>,
  Expect<Equal<ClaimantType, SqliteEnums.ClaimantType>>,
  Expect<Equal<Role, PostgresEnums.Role>>,
  Expect<Equal<ClaimStatus, PostgresEnums.ClaimStatus>>,
  Expect<Equal<AnchorStatus, PostgresEnums.AnchorStatus>>,
  Expect<Equal<ReviewDecision, PostgresEnums.ReviewDecision>>,
  Expect<Equal<VerdictClass, PostgresEnums.VerdictClass>>,
  Expect<Equal<ClaimantType, PostgresEnums.ClaimantType>>,
];
