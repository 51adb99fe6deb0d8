// A published article's claims as the W3C Web Annotation Protocol serves them
// to anyone: each annotation at its own IRI (annotationUrl), and the article's
// container (annotationContainerUrl), an LDP BasicContainer that is also an
// AnnotationCollection, in pages (protocol section 4). They hold what the
// public page shows: the report model of the approvals frozen at publishing.
import { AppError } from '../errors';
import type { ExportContext } from '../export/export-context';
import type { ReportClaim, ReportModel } from '../export/report-types';
import { ANNOTATION_CONTEXT, annotationBuilder } from '../export/w3c-annotation';
import { annotationCollection, annotationPage, lastPageIndex, pageRange, type Paging } from '../export/w3c-collection';
import { collectionLabel } from '../export/w3c-export';
import { annotationCollectionUrl, annotationPageUrl, annotationUrl, factCheckUrl, type AnnotationContainerView } from './public-urls';

type JsonObject = Record<string, unknown>;

/** Annotations per page of a container; the protocol leaves the number to the server. */
export const ANNOTATION_PAGE_SIZE = 50;

/** The container is an LDP container too: its description uses both contexts, as the protocol's examples do. */
export const LDP_CONTEXT = 'http://www.w3.org/ns/ldp.jsonld';

/** The organisation as creator: the public page names no staff, so neither do its annotations. */
// Its text is the fact-check page's, the revision published: what the offsets count in, readable by anyone.
const publicBuilder = (model: ReportModel, site: ExportContext) => annotationBuilder(model, site, { creator: 'organization', publicText: factCheckUrl(site.appUrl, model.article.slug) });

/** One annotation, on its own (so with its @context). */
export function renderPublicAnnotation(model: ReportModel, site: ExportContext, claim: ReportClaim): JsonObject {
  return { '@context': ANNOTATION_CONTEXT, ...publicBuilder(model, site)(claim) };
}

export interface ContainerViewOptions {
  view: AnnotationContainerView;
  /** ANNOTATION_PAGE_SIZE; a parameter so the service reads the constant at the call */
  pageSize: number;
}

function pagingOf(model: ReportModel, site: ExportContext, { view, pageSize }: ContainerViewOptions): Paging {
  const slug = model.article.slug;
  return {
    collectionId: annotationCollectionUrl(site.appUrl, slug, view),
    pageId: (index) => annotationPageUrl(site.appUrl, slug, view, index),
    pageSize,
    total: model.claims.length,
  };
}

/** The items of one page: the annotations themselves, or only their IRIs. */
function itemsOf(model: ReportModel, site: ExportContext, view: AnnotationContainerView, { start, end }: { start: number; end: number }): unknown[] {
  const claims = model.claims.slice(start, end);
  if (view === 'iris') return claims.map((claim) => annotationUrl(site.appUrl, claim.id));
  return claims.map(publicBuilder(model, site));
}

/**
 * The container's description. Its first page is embedded, as the protocol
 * recommends by default; `minimal` (the client's PreferMinimalContainer) links
 * to it instead.
 */
export function renderAnnotationCollection(model: ReportModel, site: ExportContext, options: ContainerViewOptions & { minimal: boolean }): JsonObject {
  const paging = pagingOf(model, site, options);
  const range = pageRange(paging, 0);
  const first = range && !options.minimal ? annotationPage(paging, 0, itemsOf(model, site, options.view, range), { embedded: true }) : null;
  return annotationCollection({ '@context': [ANNOTATION_CONTEXT, LDP_CONTEXT], type: ['BasicContainer', 'AnnotationCollection'], label: collectionLabel(model) }, paging, first);
}

/** Page `page` of the container on its own; 404 past the last page (an empty container has none). */
export function renderAnnotationPage(model: ReportModel, site: ExportContext, options: ContainerViewOptions & { page: number }): JsonObject {
  const paging = pagingOf(model, site, options);
  const range = pageRange(paging, options.page);
  if (!range) {
    const pages = lastPageIndex(paging) + 1;
    throw new AppError('NOT_FOUND', pages === 0 ? 'No such page: this collection is empty' : `No such page: this collection's pages are 0 to ${pages - 1}`);
  }
  return annotationPage(paging, options.page, itemsOf(model, site, options.view, range), { embedded: false });
}
