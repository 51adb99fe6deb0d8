// The article text as stored: measured, normalised (lib/domain/articles/article-text.ts),
// measured again, and hashed.
import { createHash } from 'node:crypto';
import { AppError } from '@/lib/domain/errors';
import { normalizeArticleText } from '@/lib/domain/articles/article-text';
import { MAX_ARTICLE_TEXT_BYTES } from '@/lib/validation/articles';

export { normalizeArticleText };

/**
 * The normalised text, refused with 413 over the limit and 422 when empty.
 * Measured before normalising, so an oversized text costs no work beyond
 * counting its bytes (the request body's own limit is twice as large), and
 * again after, because NFC lengthens some scripts.
 */
export function checkedArticleText(raw: string, what = 'The article text'): string {
  refuseOversized(raw, what);
  const text = normalizeArticleText(raw);
  if (text.length === 0) throw new AppError('INVALID', `${what} is empty`, { text: 'the article has no text' });
  refuseOversized(text, what);
  return text;
}

function refuseOversized(text: string, what: string): void {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_ARTICLE_TEXT_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', `${what} is ${bytes} bytes; at most ${MAX_ARTICLE_TEXT_BYTES} are accepted`, { text: 'at most 1 MB' });
  }
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
