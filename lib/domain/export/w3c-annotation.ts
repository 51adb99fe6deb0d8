// One claim as a W3C Web Annotation: the one place an annotation is built, for
// the w3c export (w3c-export.ts) and the public annotations of the protocol
// (lib/domain/publication/public-annotations.ts). Each claim targets the
// article with both selectors, so a client can anchor it by quote and context
// or by offsets, and names the revision it was made on.
// tests/helpers/web-annotation-musts.ts checks the output against the model's MUSTs.
import { codePointOffsets } from '../anchoring/code-point-offsets';
import { annotationUrl } from '../publication/public-urls';
import { articleIri, originalArticleUrl, type ExportContext } from './export-context';
import { safeHref } from './html-escape';
import { STATUS_LABELS } from './report-labels';
import type { ReportClaim, ReportModel, SourceLike } from './report-types';

type JsonObject = Record<string, unknown>;

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface AnnotationOptions {
  /**
   * Whom an annotation names as its creator. The workbench's own export names
   * the claim's author. The public annotations name the organisation, as the
   * public page does, which shows no staff names.
   */
  creator: 'author' | 'organization';
  /**
   * A public address where the text the offsets count in can be read (the
   * fact-check page, which shows the published revision). Given, it is the
   * target's state and stands in for an article with no original URL: the
   * workbench's own pages answer only a signed-in user, so a public
   * annotation must not send its readers there.
   */
  publicText?: string;
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

/** No creator IRI either way: there is no public page of a workbench user to dereference, and the organisation's site is its homepage, not its identity. */
function creatorOf(claim: ReportClaim, context: ExportContext, { creator }: AnnotationOptions): JsonObject {
  if (creator === 'author') return { type: 'Person', name: claim.author.name };
  const homepage = safeHref(context.organization.url);
  return { type: 'Organization', name: context.organization.name, ...(homepage ? { homepage } : {}) };
}

/**
 * A builder of the annotations of one report model. What every claim shares
 * (where the surrogate pairs of the text are, its language) is worked out once,
 * so a page of a thousand annotations does not rescan the text for each.
 */
export function annotationBuilder(model: ReportModel, context: ExportContext, options: AnnotationOptions): (claim: ReportClaim) => JsonObject {
  const toCodePoints = codePointOffsets(model.revision.text);
  const language = articleLanguage(model);
  const { publicText } = options;
  const source = { id: publicText ? (originalArticleUrl(model) ?? publicText) : articleIri(model, context), ...(language ? { language } : {}) };
  // Offsets hold for one revision of the text only. The model has no fitting
  // State type (TimeState needs a cached copy, HttpRequestState headers), so
  // the state is the revision's own IRI, which identifies the exact text.
  const state = { id: publicText ?? `${context.appUrl}/api/articles/${encodeURIComponent(model.article.id)}/revisions/${model.revision.number}` };
  return (claim) => {
    const { exact, prefix, suffix, start, end } = claim.selector;
    return {
      // The public IRI (public-urls.ts): it dereferences to this annotation once the claim is published.
      id: annotationUrl(context.appUrl, claim.id),
      type: 'Annotation',
      motivation: 'assessing',
      creator: creatorOf(claim, context, options),
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
        source: { ...source },
        selector: [
          { type: 'TextQuoteSelector', exact, prefix, suffix },
          // The model counts code points; the workbench's offsets are UTF-16 code units.
          { type: 'TextPositionSelector', start: toCodePoints(start), end: toCodePoints(end) },
        ],
        state: { ...state },
      },
    };
  };
}
