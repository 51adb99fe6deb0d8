// The W3C model's AnnotationCollection and AnnotationPage (Web Annotation Data
// Model 5.1, 5.2; the protocol pages containers the same way, section 4), for
// any list of annotations: the export's file (one page holding everything) and
// the public container (pages of ANNOTATION_PAGE_SIZE). One place, so both
// agree on what an empty collection and a page's links look like.
import { ANNOTATION_CONTEXT } from './w3c-annotation';

type JsonObject = Record<string, unknown>;

/** How a collection is cut into pages, and what they are called. */
export interface Paging {
  /** the collection's IRI */
  collectionId: string;
  /** the IRI of page `index` (counted from 0) */
  pageId: (index: number) => string;
  /** annotations per page (the last page may hold fewer) */
  pageSize: number;
  /** annotations in the whole collection */
  total: number;
}

/** Index of the last page; -1 when the collection is empty (it has no pages). */
export function lastPageIndex({ total, pageSize }: Paging): number {
  return Math.ceil(total / pageSize) - 1;
}

/** Which annotations page `index` holds, [start, end) of the whole list; null when there is no such page. */
export function pageRange(paging: Paging, index: number): { start: number; end: number } | null {
  if (!Number.isSafeInteger(index) || index < 0 || index > lastPageIndex(paging)) return null;
  const start = index * paging.pageSize;
  return { start, end: Math.min(start + paging.pageSize, paging.total) };
}

/**
 * Page `index` with its `items` (the annotations, or their IRIs). Embedded in
 * its collection it needs no @context and names the collection by IRI alone;
 * on its own it carries the context and the collection's total, as the
 * protocol's examples do, so a client that starts from a page knows how many
 * there are.
 */
export function annotationPage(paging: Paging, index: number, items: unknown[], { embedded }: { embedded: boolean }): JsonObject {
  const last = lastPageIndex(paging);
  return {
    ...(embedded ? {} : { '@context': ANNOTATION_CONTEXT }),
    id: paging.pageId(index),
    type: 'AnnotationPage',
    partOf: embedded ? paging.collectionId : { id: paging.collectionId, total: paging.total },
    startIndex: index * paging.pageSize,
    ...(index > 0 ? { prev: paging.pageId(index - 1) } : {}),
    ...(index < last ? { next: paging.pageId(index + 1) } : {}),
    items,
  };
}

/**
 * The collection: its `head` (@context, type, label), `total`, and when it has
 * annotations its first page (`first`, embedded; or that page's IRI when null)
 * and the IRI of its last. A page holds one or more annotations, so an empty
 * collection has no `first` or `last` at all.
 */
export function annotationCollection(head: { '@context': string | string[]; type: string | string[]; label: string }, paging: Paging, first: JsonObject | null): JsonObject {
  const collection = { '@context': head['@context'], id: paging.collectionId, type: head.type, label: head.label, total: paging.total };
  if (paging.total === 0) return collection;
  return { ...collection, first: first ?? paging.pageId(0), last: paging.pageId(lastPageIndex(paging)) };
}
