// Imports an article: the article row, its first revision and the audit event
// in one transaction.
import type { Actor } from '@/lib/domain/types';
import type { CreateArticleBody } from '@/lib/validation/articles';
import { authorize } from '../auth/authorize';
import { db } from '../db';
import { recordAudit } from '../audit';
import { ARTICLE_INCLUDE, toArticleDto, type ArticleDto } from './article-dto';
import { uniqueSlug } from './article-slug';
import { checkedArticleText, contentHash } from './article-text';

export interface CreateArticleOptions {
  actor: Actor;
  input: CreateArticleBody;
}

export async function createArticle({ actor, input }: CreateArticleOptions): Promise<ArticleDto> {
  authorize(actor, 'article:create');
  const text = checkedArticleText(input.text);

  const hash = contentHash(text);
  return db.$transaction(async (tx) => {
    const slug = await uniqueSlug(tx, input.title);
    const article = await tx.article.create({
      data: {
        slug,
        title: input.title,
        outlet: input.outlet || null,
        url: input.url || null,
        byline: input.byline || null,
        publishedAt: input.publishedAt ? new Date(input.publishedAt) : null,
        createdById: actor.id,
        revisions: {
          create: { number: 1, text, contentHash: hash, authorId: actor.id, note: input.note || null },
        },
      },
      include: ARTICLE_INCLUDE,
    });
    const dto = toArticleDto(article);
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: 'Article',
      entityId: article.id,
      action: 'article.created',
      after: { ...dto, revision: { number: 1, contentHash: hash, length: text.length } },
    });
    return dto;
  });
}
