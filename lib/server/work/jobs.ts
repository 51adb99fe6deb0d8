// The CPU-heavy pure work the server hands to the work pool (run-job.ts): one
// entry per job, run on a worker thread so a long job never holds the thread
// that answers everyone else's requests. Inputs and outputs cross threads by
// structured clone, so both are plain data.
import { createFuzzyBudget } from '@/lib/domain/anchoring/fuzzy-budget';
import { reanchorClaims, type ReanchorInput } from '@/lib/domain/anchoring/reanchor';
import { htmlTitle, htmlToArticleText } from '@/lib/domain/articles/html-text';
import { openSuggestions, type OpenSuggestionsOptions } from '@/lib/domain/claim-finder/open-suggestions';
import { readClaimTerms } from '@/lib/domain/claim-matching/claim-terms';
import { rankSimilar, type RankOptions } from '@/lib/domain/claim-matching/rank-similar';
import { diffTexts } from '@/lib/domain/revisions/text-diff';
import { renderExport } from '../export/renderers';

export interface ReanchorGroup {
  /** the text of the revision these claims' selectors point into */
  oldText: string | undefined;
  claims: ReanchorInput[];
}

export const JOBS = {
  /** An uploaded HTML file's article text, and the title its markup names. */
  importHtml: (html: string) => ({ title: htmlTitle(html), text: htmlToArticleText(html) }),

  diffTexts: ({ from, to }: { from: string; to: string }) => diffTexts(from, to),

  openSuggestions: ({ text, options }: { text: string; options: OpenSuggestionsOptions }) => openSuggestions(text, options),

  /** Every claim of an article against its new text; one fuzzy budget for the whole revision, however many groups. */
  reanchorClaims: ({ newText, groups }: { newText: string; groups: ReanchorGroup[] }) => {
    const fuzzy = createFuzzyBudget();
    return groups.flatMap((group) => reanchorClaims(newText, group.claims, { oldText: group.oldText, fuzzy }));
  },

  /** An export file: the report model is built here too, it grows with the claims. */
  renderExport,

  /** Candidates (id and statement) that say what `statement` says, best first, with their scores. */
  rankSimilar: ({ statement, candidates, options }: { statement: string; candidates: { id: string; statement: string }[]; options: RankOptions }) =>
    rankSimilar(
      readClaimTerms(statement),
      candidates.map(({ id, statement: text }) => ({ id, terms: readClaimTerms(text) })),
      options,
    ).map(({ id, score, numbers }) => ({ id, score, numbers })),
};

export type Jobs = typeof JOBS;
export type JobName = keyof Jobs;
export type JobInput<N extends JobName> = Parameters<Jobs[N]>[0];
export type JobOutput<N extends JobName> = Awaited<ReturnType<Jobs[N]>>;
/** What crosses to the worker thread (worker.cjs). */
export interface JobRequest<N extends JobName = JobName> {
  name: N;
  input: JobInput<N>;
}
