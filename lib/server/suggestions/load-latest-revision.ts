// The article's latest revision with its text, or a 404 (unknown article, or
// an article without text — every import creates revision 1, so a broken row).
import { AppError } from '@/lib/domain/errors';
import type { Tx } from '../db';
import { loadArticle } from '../articles/load-article';

export async function loadLatestRevision(client: Tx, articleId: string) {
  const article = await loadArticle(client, articleId);
  const latest = article.revisions[0];
  const revision = latest ? await client.articleRevision.findUnique({ where: { id: latest.id }, select: { id: true, number: true, text: true } }) : null;
  if (!revision) throw new AppError('NOT_FOUND', 'The article has no text');
  return revision;
}
