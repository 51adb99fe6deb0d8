// W3C Web Annotation JSON-LD: the claims in scope as one AnnotationCollection
// with a single page, for annotation tools (Hypothesis-style clients, archives).
// The annotations are built by w3c-annotation.ts, the collection by
// w3c-collection.ts, which the public annotation container shares.
// tests/helpers/web-annotation-musts.ts checks the output against the model's MUSTs.
import type { ExportContext } from './export-context';
import type { ReportModel } from './report-types';
import { ANNOTATION_CONTEXT, annotationBuilder } from './w3c-annotation';
import { annotationCollection, annotationPage, type Paging } from './w3c-collection';

/** The collection's name, in the file and in the public container alike. */
export function collectionLabel(model: ReportModel): string {
  return `Fact-check: ${model.article.title}`;
}

/**
 * The file keeps the export's own IRI rather than the public container's
 * (annotationContainerUrl): its members are the scope's (scope=all holds
 * drafts; scope=published each claim's latest approval, which may be newer
 * than what the public page froze when it was published), so it is not the
 * container's content, and giving it the container's IRI would tell a client
 * that the container holds what it does not.
 */
function collectionIri(model: ReportModel, context: ExportContext): string {
  return `${context.appUrl}/api/articles/${encodeURIComponent(model.article.id)}/export?format=w3c&scope=${model.scope}`;
}

export function renderW3cExport(model: ReportModel, context: ExportContext): Record<string, unknown> {
  const id = collectionIri(model, context);
  const annotate = annotationBuilder(model, context, { creator: 'author' });
  // One page holds everything: the file is read whole.
  const paging: Paging = { collectionId: id, pageId: () => `${id}&page=0`, pageSize: Math.max(1, model.claims.length), total: model.claims.length };
  const first = model.claims.length > 0 ? annotationPage(paging, 0, model.claims.map(annotate), { embedded: true }) : null;
  return annotationCollection({ '@context': ANNOTATION_CONTEXT, type: 'AnnotationCollection', label: collectionLabel(model) }, paging, first);
}
