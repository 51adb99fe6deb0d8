// The full JSON export: everything the report model knows, in a versioned,
// documented shape other newsroom tools can parse. Fields are copied one by one
// so nothing internal rides along by accident.
import type { ReportModel } from './report-types';

export const JSON_EXPORT_FORMAT = 'factcheck-workbench/1';

export function renderJsonExport(model: ReportModel): object {
  return {
    format: JSON_EXPORT_FORMAT,
    generatedAt: model.generatedAt,
    scope: model.scope,
    article: { ...model.article },
    revision: { ...model.revision },
    verdictScale: model.verdictScale.map((option) => ({ ...option })),
    summary: model.summary.map((row) => ({ ...row })),
    claims: model.claims.map((claim) => ({
      number: claim.number,
      id: claim.id,
      selector: { ...claim.selector },
      anchorStatus: claim.anchorStatus,
      highlighted: claim.highlighted,
      statement: claim.statement,
      verdict: claim.verdict ? { ...claim.verdict } : null,
      rationale: claim.rationale,
      claimant: claim.claimant ? { ...claim.claimant } : null,
      appearance: claim.appearance ? { ...claim.appearance } : null,
      status: claim.status,
      approved: claim.approved,
      approval: claim.approval ? { ...claim.approval } : null,
      author: { ...claim.author },
      version: claim.version,
      sources: claim.sources.map((source) => ({ ...source })),
      reviews: claim.reviews.map((review) => ({ ...review })),
      createdAt: claim.createdAt,
      updatedAt: claim.updatedAt,
    })),
  };
}
