// Revision texts from memory: a revision never changes once written, so its
// text, read once, is kept by its id (up to REVISION_TEXT_CACHE_CHARS in all,
// least recently used out first) and a claim save on a 100,000-character
// article does not read 100 KB again. Which revision is the latest is always
// asked of the database (loadLatestRevision), so a new revision, written here
// or by another instance, is used at once. Only texts read from the database
// are kept, exactly as stored.
import { AppError } from '@/lib/domain/errors';
import type { Tx } from '../db';
import { TextLru } from './text-lru';

/** 16 Mi characters: at most 32 MB of UTF-16, about sixteen 1 MB articles or 160 of 100,000 characters. */
export const REVISION_TEXT_CACHE_CHARS = 16 * 1024 * 1024;

// One cache per process, however many route bundles load this module.
const shared = globalThis as unknown as { __workbenchRevisionTexts?: TextLru };
const cache: TextLru = (shared.__workbenchRevisionTexts ??= new TextLru(REVISION_TEXT_CACHE_CHARS));

/** The text of one revision, from memory or else from the database (then kept); 404 for an unknown id. */
export async function revisionText(client: Tx, revisionId: string): Promise<string> {
  const cached = cache.get(revisionId);
  if (cached !== undefined) return cached;
  const row = await client.articleRevision.findUnique({ where: { id: revisionId }, select: { text: true } });
  if (!row) throw new AppError('NOT_FOUND', 'No such revision');
  cache.set(revisionId, row.text);
  return row.text;
}

/** The texts of several revisions by id, those not in memory read in one query; unknown ids are left out. */
export async function revisionTexts(client: Tx, revisionIds: readonly string[]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const missing: string[] = [];
  for (const id of new Set(revisionIds)) {
    const cached = cache.get(id);
    if (cached === undefined) missing.push(id);
    else texts.set(id, cached);
  }
  if (missing.length > 0) {
    for (const row of await client.articleRevision.findMany({ where: { id: { in: missing } }, select: { id: true, text: true } })) {
      cache.set(row.id, row.text);
      texts.set(row.id, row.text);
    }
  }
  return texts;
}
