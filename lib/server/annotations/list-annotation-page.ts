// One page of a published article's W3C annotation container, for anyone, no
// session. Not published, or taken down: 404; a page past the last: 404.
import { ANNOTATION_PAGE_SIZE, renderAnnotationPage } from '@/lib/domain/publication/public-annotations';
import type { AnnotationContainerView } from '@/lib/domain/publication/public-urls';
import { getFactCheck } from '../publication/get-fact-check';

export interface ListAnnotationPageOptions {
  slug: string;
  view: AnnotationContainerView;
  /** counted from 0 */
  page: number;
  requestOrigin?: string;
}

export async function listAnnotationPage({ slug, view, page, requestOrigin }: ListAnnotationPageOptions): Promise<Record<string, unknown>> {
  const { model, site } = await getFactCheck({ slug, requestOrigin });
  return renderAnnotationPage(model, site, { view, page, pageSize: ANNOTATION_PAGE_SIZE });
}
