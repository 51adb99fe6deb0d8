// The one way services fetch an article by id: with its latest revision, or a 404.
import { AppError } from '@/lib/domain/errors';
import type { Tx } from '../db';
import { ARTICLE_INCLUDE } from './article-dto';

export async function loadArticle(client: Tx, articleId: string) {
  const article = await client.article.findUnique({ where: { id: articleId }, include: ARTICLE_INCLUDE });
  if (!article) throw new AppError('NOT_FOUND', 'No such article');
  return article;
}
