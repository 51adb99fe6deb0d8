// Shapes the article list reads from the API (docs/api.md#articles): the server's own types.
export type { ArticleSummary } from '@/lib/server/articles/list-articles';
