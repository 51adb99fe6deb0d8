// The pieces the API's response shapes are built from. Each response shape is a
// zod schema declared once, beside the code that fills it (claim-dto.ts, ...):
// its TypeScript type is `z.infer` of it, the OpenAPI document renders it, and
// the integration tests check every answer against it (docs/api.md#shapes).
// The pieces themselves are declared in lib/domain/schema-parts.ts, where the
// audit events (lib/domain/audit-events.ts, pure) can use them too.
import type { z } from 'zod';
import { appearance, claimant, textSelector } from '@/lib/domain/schema-parts';
import type { Appearance, Claimant, TextSelector } from '@/lib/domain/types';
import type { Equal, Expect } from './type-checks';

export { anchorStatus, appearance, claimant, claimStatus, personRef, reanchorMethod, reviewDecision, role, textSelector, timestamp, verdictClass, verdictRef } from '@/lib/domain/schema-parts';

export type ContractPartsMatchDomain = [
  Expect<Equal<z.infer<typeof textSelector>, TextSelector>>,
  Expect<Equal<z.infer<typeof claimant>, Claimant>>,
  Expect<Equal<z.infer<typeof appearance>, Appearance>>,
];
