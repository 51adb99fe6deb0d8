// The API's Publication shape: where an article's public page is, since when,
// and which claims it shows (each with the address of its anchor, the URL its
// ClaimReview names).
import { z } from 'zod';
import { claimReviewUrl, factCheckUrl } from '@/lib/domain/publication/public-urls';
import { timestamp } from '../contract/parts';
import type { PublicSite } from './public-site';

export const publicationDto = z
  .object({
    url: z.string().meta({ description: "the public page's absolute URL" }),
    publishedAt: timestamp.meta({ description: 'when it was last published (publishing again after new approvals updates it)' }),
    firstPublishedAt: timestamp,
    claims: z.array(z.object({ claimId: z.string(), approvalId: z.string(), url: z.string().meta({ description: "the claim's anchor on the page: ClaimReview's url" }) })),
  })
  .meta({ id: 'Publication' });
export type PublicationDto = z.infer<typeof publicationDto>;

export const PUBLICATION_INCLUDE = { claims: { orderBy: { position: 'asc' as const }, select: { claimId: true, approvalId: true } } };

interface PublicationRow {
  slug: string;
  publishedAt: Date;
  firstPublishedAt: Date;
  claims: { claimId: string; approvalId: string }[];
}

export function toPublicationDto(row: PublicationRow, site: PublicSite): PublicationDto {
  return {
    url: factCheckUrl(site.appUrl, row.slug),
    publishedAt: row.publishedAt.toISOString(),
    firstPublishedAt: row.firstPublishedAt.toISOString(),
    claims: row.claims.map(({ claimId, approvalId }) => ({ claimId, approvalId, url: claimReviewUrl(site.appUrl, row.slug, claimId) })),
  };
}
