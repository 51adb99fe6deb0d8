// One published claim's W3C annotation, for anyone, no session: the claim as
// the public page shows it (the approval frozen when its article was last
// published). A claim on no page that is up now (a draft, one approved after
// publishing, one whose article was never published or was taken down, no such
// claim) is one and the same 404, so the address tells nobody which claims exist.
import { AppError, isAppError } from '@/lib/domain/errors';
import { renderPublicAnnotation } from '@/lib/domain/publication/public-annotations';
import { db } from '../db';
import { getFactCheck } from '../publication/get-fact-check';

export interface GetAnnotationOptions {
  claimId: string;
  requestOrigin?: string;
}

const notFound = () => new AppError('NOT_FOUND', 'No published annotation here');

export async function getAnnotation({ claimId, requestOrigin }: GetAnnotationOptions): Promise<Record<string, unknown>> {
  // No id holds U+0000, and PostgreSQL refuses to even look one up (a 500).
  if (claimId.includes('\u0000')) throw notFound();
  const shown = await db.publishedClaim.findFirst({ where: { claimId, publication: { withdrawnAt: null } }, select: { publication: { select: { slug: true } } } });
  if (!shown) throw notFound();
  try {
    const { model, site } = await getFactCheck({ slug: shown.publication.slug, requestOrigin, claimId });
    const claim = model.claims.find((candidate) => candidate.id === claimId);
    if (!claim) throw notFound();
    return renderPublicAnnotation(model, site, claim);
  } catch (error) {
    // Taken down between the two reads: the same answer as any other claim that is not public.
    if (isAppError(error) && error.code === 'NOT_FOUND') throw notFound();
    throw error;
  }
}
