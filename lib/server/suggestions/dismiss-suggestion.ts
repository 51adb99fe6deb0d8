// One user waves away one suggestion on the latest revision. Idempotent: a
// second dismissal of the same range answers the first one (created: false,
// the route then says 200 instead of 201). Per user: others still see it.
// Not audited: a dismissal changes no claim and only the dismisser's own view.
import { z } from 'zod';
import { AppError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/types';
import type { DismissSuggestionBody } from '@/lib/validation/suggestions';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { Prisma } from '../generated/prisma/client';
import { loadLatestRevision } from '../articles/load-latest-revision';

export const dismissalDto = z.object({ id: z.string(), start: z.number().int(), end: z.number().int(), exact: z.string(), revisionId: z.string() }).meta({ id: 'SuggestionDismissal' });
export type DismissalDto = z.infer<typeof dismissalDto>;

export interface DismissSuggestionOptions {
  actor: Actor;
  articleId: string;
  input: DismissSuggestionBody;
}

const SELECT = { id: true, start: true, end: true, exact: true, revisionId: true } as const;

export async function dismissSuggestion({ actor, articleId, input }: DismissSuggestionOptions): Promise<{ dismissal: DismissalDto; created: boolean }> {
  // The permission matrix has no 'suggestion:dismiss' action (and
  // lib/domain/permissions.ts is not ours to extend here): dismissing only hides
  // a suggestion from the caller's own view, so whoever may read the article may
  // dismiss — 'article:read' is the gate.
  authorize(actor, 'article:read');
  const revision = await loadLatestRevision(db, articleId, { id: true, text: true });
  if (input.end > revision.text.length) {
    throw new AppError('INVALID', 'The range is outside the article text', { end: `at most ${revision.text.length}` });
  }
  if (revision.text.slice(input.start, input.end) !== input.exact) {
    throw new AppError('INVALID', 'The words do not match the latest revision at that range', { exact: 'must equal the text at [start, end) of the latest revision' });
  }
  const key = { revisionId_userId_start_end: { revisionId: revision.id, userId: actor.id, start: input.start, end: input.end } };
  const existing = await db.suggestionDismissal.findUnique({ where: key, select: SELECT });
  if (existing) return { dismissal: existing, created: false };
  try {
    const dismissal = await db.suggestionDismissal.create({
      data: { revisionId: revision.id, userId: actor.id, start: input.start, end: input.end, exact: input.exact },
      select: SELECT,
    });
    return { dismissal, created: true };
  } catch (error) {
    // A double click that lost the race: the other request's row is the answer.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const winner = await db.suggestionDismissal.findUnique({ where: key, select: SELECT });
      if (winner) return { dismissal: winner, created: false };
    }
    throw error;
  }
}
