// A published article's W3C annotation container, for anyone, no session: its
// description with the first page embedded (or linked, for a minimal one), in
// the view the client prefers. Not published, or taken down: 404.
import { ANNOTATION_PAGE_SIZE, renderAnnotationCollection } from '@/lib/domain/publication/public-annotations';
import type { AnnotationContainerView } from '@/lib/domain/publication/public-urls';
import { getFactCheck } from '../publication/get-fact-check';

export interface GetAnnotationCollectionOptions {
  slug: string;
  view: AnnotationContainerView;
  /** the client prefers the description alone, without an embedded page */
  minimal: boolean;
  requestOrigin?: string;
}

export async function getAnnotationCollection({ slug, view, minimal, requestOrigin }: GetAnnotationCollectionOptions): Promise<Record<string, unknown>> {
  const { model, site } = await getFactCheck({ slug, requestOrigin });
  return renderAnnotationCollection(model, site, { view, minimal, pageSize: ANNOTATION_PAGE_SIZE });
}
