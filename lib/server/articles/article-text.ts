// Article text is normalised once, on the way in, so offsets stay stable:
// one kind of line ending and Unicode NFC.
import { createHash } from 'node:crypto';

export function normalizeArticleText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC').replace(/\s+$/, '');
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
