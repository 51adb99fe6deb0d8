// How the re-anchoring engine found a claim's words in a new text. Its own
// file, so that the audit events (read in the browser) can name the methods
// without bringing the engine along.
export const REANCHOR_METHODS = ['position', 'exact', 'fuzzy', 'none'] as const;
export type ReanchorMethod = (typeof REANCHOR_METHODS)[number];
