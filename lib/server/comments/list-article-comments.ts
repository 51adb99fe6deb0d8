// Every comment on every claim of an article, oldest first, in one query: the
// workbench shows each card's thread without asking once per claim (an article
// with 500 claims would otherwise open with 500 requests).
import { AppError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/types';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { COMMENT_INCLUDE, toCommentDto, type CommentDto } from './comment-dto';

export interface ListArticleCommentsOptions {
  actor: Actor;
  articleId: string;
}

export async function listArticleComments({ actor, articleId }: ListArticleCommentsOptions): Promise<CommentDto[]> {
  authorize(actor, 'article:read');
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) throw new AppError('NOT_FOUND', 'No such article');
  const rows = await db.comment.findMany({
    where: { claim: { articleId } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: COMMENT_INCLUDE,
  });
  return rows.map(toCommentDto);
}
