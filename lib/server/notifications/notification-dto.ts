// The API's Notification shape (docs/api.md#assignment-and-notifications): what happened,
// to which claim of which article, by whom, and whether it was read.
import { z } from 'zod';
import { NOTIFICATION_KINDS } from '@/lib/domain/notifications';
import { personRef, timestamp } from '../contract/parts';
import type { Prisma } from '../generated/prisma/client';

export const NOTIFICATION_INCLUDE = {
  actor: { select: { id: true, name: true } },
  article: { select: { title: true } },
  claim: { select: { exact: true, statement: true } },
} as const;

export const notificationDto = z
  .object({
    id: z.string(),
    kind: z.enum(NOTIFICATION_KINDS).meta({ description: 'SENT_BACK, APPROVED (your claim), COMMENT (on your claim), ASSIGNED (to you), RESUBMITTED (a claim you sent back or review)' }),
    articleId: z.string(),
    articleTitle: z.string(),
    claimId: z.string().nullable().meta({ description: 'null for an article-level assignment' }),
    claimQuote: z.string().nullable().meta({ description: 'the claimed words' }),
    actor: personRef.nullable().meta({ description: 'who did it (null when the account is gone)' }),
    createdAt: timestamp,
    readAt: timestamp.nullable(),
  })
  .meta({ id: 'Notification' });
export type NotificationDto = z.infer<typeof notificationDto>;

export type NotificationRow = Prisma.NotificationGetPayload<{ include: typeof NOTIFICATION_INCLUDE }>;

export function toNotificationDto(row: NotificationRow): NotificationDto {
  return {
    id: row.id,
    kind: row.kind,
    articleId: row.articleId,
    articleTitle: row.article.title,
    claimId: row.claimId,
    claimQuote: row.claim?.exact ?? null,
    actor: row.actor,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt ? row.readAt.toISOString() : null,
  };
}
