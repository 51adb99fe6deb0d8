// W3C Web Annotation JSON-LD: the claims in scope as one AnnotationCollection
// with a single page, for annotation tools (Hypothesis-style clients, archives).
// Each claim targets the article with both selectors, so a client can anchor it
// by quote and context or by offsets, and names the revision it was made on.
import { articleIri, type ExportContext } from './export-context';
import { safeHref } from './html-escape';
import type { ReportClaim, ReportModel } from './report-types';

type JsonObject = Record<string, unknown>;

const textBody = (value: string, purpose: string): JsonObject => ({ type: 'TextualBody', value, format: 'text/plain', purpose });

function body(claim: ReportClaim): JsonObject[] {
  const bodies = [textBody(claim.verdict?.label ?? 'No verdict yet', 'assessing')];
  if (claim.rationale.trim()) bodies.push(textBody(claim.rationale, 'describing'));
  if (claim.statement.trim()) bodies.push(textBody(claim.statement, 'commenting'));
  // Sources are the evidence the verdict cites: linked resources, not text. Only
  // http(s) IRIs, since clients turn `source` into a link.
  for (const source of claim.sources) {
    const href = safeHref(source.url);
    if (href) bodies.push({ type: 'SpecificResource', source: href, purpose: 'linking' });
  }
  return bodies;
}

function annotation(claim: ReportClaim, model: ReportModel, context: ExportContext): JsonObject {
  const { exact, prefix, suffix, start, end } = claim.selector;
  return {
    id: `${context.appUrl}/api/claims/${encodeURIComponent(claim.id)}`,
    type: 'Annotation',
    motivation: 'assessing',
    creator: { id: `${context.appUrl}/users/${encodeURIComponent(claim.author.id)}`, type: 'Person', name: claim.author.name },
    created: claim.createdAt,
    modified: claim.updatedAt,
    body: body(claim),
    target: {
      source: articleIri(model, context),
      selector: [
        { type: 'TextQuoteSelector', exact, prefix, suffix },
        { type: 'TextPositionSelector', start, end },
      ],
      // Offsets hold for one revision of the text only. The model has no fitting
      // State type (TimeState needs a cached copy, HttpRequestState headers), so
      // the state is the revision's own IRI, which identifies the exact text.
      state: { id: `${context.appUrl}/api/articles/${encodeURIComponent(model.article.id)}/revisions/${model.revision.number}` },
    },
  };
}

export function renderW3cExport(model: ReportModel, context: ExportContext): JsonObject {
  const collection = `${context.appUrl}/api/articles/${encodeURIComponent(model.article.id)}/export?format=w3c&scope=${model.scope}`;
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: collection,
    type: 'AnnotationCollection',
    label: `Fact-check: ${model.article.title}`,
    total: model.claims.length,
    first: {
      type: 'AnnotationPage',
      id: `${collection}&page=0`,
      startIndex: 0,
      items: model.claims.map((claim) => annotation(claim, model, context)),
    },
  };
}
