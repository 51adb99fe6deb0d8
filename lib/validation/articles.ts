// Request bodies of the article endpoints (docs/api.md#articles).
import { z } from './zod';
import { httpUrl, isoDate, text } from './fields';

/** docs/api.md#limits: an article's text up to 1 MB (UTF-8) is accepted; more is a 413, not a 422. */
export const MAX_ARTICLE_TEXT_BYTES = 1024 * 1024;

export const ARTICLE_FILE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

const optionalText = (max: number) => text(max).trim().optional();

export const createArticleSchema = z.object({
  title: text(300).trim().min(1, 'give the article a title'),
  // No length limit here: the service measures bytes and answers 413.
  text: z.string().min(1, 'the article has no text'),
  outlet: optionalText(200),
  url: httpUrl.optional(),
  byline: optionalText(300),
  publishedAt: isoDate.optional(),
  note: optionalText(1_000),
});
export type CreateArticleBody = z.infer<typeof createArticleSchema>;

/** The text fields that may accompany a multipart upload; the title defaults from the file. */
export const articleUploadFieldsSchema = createArticleSchema.omit({ text: true }).partial({ title: true });
export type ArticleUploadFields = z.infer<typeof articleUploadFieldsSchema>;
