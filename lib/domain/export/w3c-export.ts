// W3C Web Annotation JSON-LD: the claims in scope as one AnnotationCollection
// with a single page, for annotation tools (Hypothesis-style clients, archives).
// Each claim targets the article with both selectors, so a client can anchor it
// by quote and context or by offsets, and names the revision it was made on.
// tests/helpers/web-annotation-musts.ts checks the output against the model's MUSTs.
import { codePointOffsets } from '../anchoring/code-point-offsets';
import { articleIri, type ExportContext } from './export-context';
import { safeHref } from './html-escape';
import { STATUS_LABELS } from './report-labels';
import type { ReportClaim, ReportModel, SourceLike } from './report-types';

type JsonObject = Record<string, unknown>;

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * The IRI of a claim's annotation: the one place it is made, so pointing
 * annotations somewhere else (public annotation IRIs) is a change here alone.
 */
export function annotationIri(claimId: string, context: ExportContext): string {
  return `${context.appUrl}/api/claims/${encodeURIComponent(claimId)}`;
}

function collectionIri(model: ReportModel, context: ExportContext): string {
  return `${context.appUrl}/api/articles/${encodeURIComponent(model.article.id)}/export?format=w3c&scope=${model.scope}`;
}

/** The article's language as a BCP 47 tag, or null when unknown or not shaped like one. */
function articleLanguage(model: ReportModel): string | null {
  const tag = model.article.language?.trim();
  return tag && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : null;
}

const textBody = (value: string, purpose: string, language: string | null): JsonObject => ({
  type: 'TextualBody',
  value,
  format: 'text/plain',
  purpose,
  ...(language ? { language } : {}),
});

/**
 * A source the verdict cites, as a linked resource. anno.jsonld has no term
 * for a title or a publisher, so they use the Dublin Core terms its "dcterms"
 * prefix names (a bare "title" would be dropped by any JSON-LD processor);
 * dcterms:publisher is an agent, here by name. The source's own language is
 * not the article's, so none is given.
 */
function sourceBody(source: SourceLike, href: string): JsonObject {
  return {
    type: 'SpecificResource',
    purpose: 'linking',
    source: {
      id: href,
      ...(source.title?.trim() ? { 'dcterms:title': source.title } : {}),
      ...(source.publisher?.trim() ? { 'dcterms:publisher': { name: source.publisher } } : {}),
    },
  };
}

function body(claim: ReportClaim, language: string | null): JsonObject[] {
  const bodies = [textBody(claim.verdict?.label ?? 'No verdict yet', 'assessing', language)];
  if (claim.rationale.trim()) bodies.push(textBody(claim.rationale, 'describing', language));
  if (claim.statement.trim()) bodies.push(textBody(claim.statement, 'commenting', language));
  // Only http(s) IRIs, since clients turn `source` into a link.
  for (const source of claim.sources) {
    const href = safeHref(source.url);
    if (href) bodies.push(sourceBody(source, href));
  }
  return bodies;
}

function annotation(claim: ReportClaim, model: ReportModel, context: ExportContext, toCodePoints: (offset: number) => number): JsonObject {
  const { exact, prefix, suffix, start, end } = claim.selector;
  const language = articleLanguage(model);
  return {
    id: annotationIri(claim.id, context),
    type: 'Annotation',
    motivation: 'assessing',
    // No creator IRI: there is no public page of a workbench user to dereference.
    creator: { type: 'Person', name: claim.author.name },
    created: claim.createdAt,
    modified: claim.updatedAt,
    // Where the claim stands in review, so a scope=all export cannot pass a draft
    // off as a verdict. schema.org's creativeWorkStatus is "the status of a
    // creative work in terms of its stage in a lifecycle" (Draft, Published...);
    // anno.jsonld declares the "schema" prefix, so it needs no context of ours,
    // and annotation clients that do not know it still read the annotation.
    'schema:creativeWorkStatus': claim.approved ? STATUS_LABELS.APPROVED : STATUS_LABELS[claim.status],
    body: body(claim, language),
    target: {
      type: 'SpecificResource',
      source: { id: articleIri(model, context), ...(language ? { language } : {}) },
      selector: [
        { type: 'TextQuoteSelector', exact, prefix, suffix },
        // The model counts code points; the workbench's offsets are UTF-16 code units.
        { type: 'TextPositionSelector', start: toCodePoints(start), end: toCodePoints(end) },
      ],
      // Offsets hold for one revision of the text only. The model has no fitting
      // State type (TimeState needs a cached copy, HttpRequestState headers), so
      // the state is the revision's own IRI, which identifies the exact text.
      state: { id: `${context.appUrl}/api/articles/${encodeURIComponent(model.article.id)}/revisions/${model.revision.number}` },
    },
  };
}

export function renderW3cExport(model: ReportModel, context: ExportContext): JsonObject {
  const id = collectionIri(model, context);
  const toCodePoints = codePointOffsets(model.revision.text);
  const collection: JsonObject = {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Fact-check: ${model.article.title}`,
    total: model.claims.length,
  };
  // A page holds one or more annotations: an empty collection has no page at all.
  if (model.claims.length === 0) return collection;
  const page = `${id}&page=0`;
  return {
    ...collection,
    first: {
      id: page,
      type: 'AnnotationPage',
      partOf: id,
      startIndex: 0,
      items: model.claims.map((claim) => annotation(claim, model, context, toCodePoints)),
    },
    last: page,
  };
}
