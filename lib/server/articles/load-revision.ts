// Finds one revision of an article by its id or its number ("3"); a revision
// of another article is as good as unknown. Its text comes from the
// revision-text cache.
import { AppError } from '@/lib/domain/errors';
import type { Tx } from '../db';
import { REVISION_SUMMARY_SELECT } from './revision-dto';
import { revisionText } from './revision-text-cache';

export async function loadRevision(client: Tx, articleId: string, idOrNumber: string | number) {
  const number = typeof idOrNumber === 'number' ? idOrNumber : /^[0-9]{1,9}$/.test(idOrNumber) ? Number(idOrNumber) : null;
  const revision =
    number !== null
      ? await client.articleRevision.findUnique({ where: { articleId_number: { articleId, number } }, select: REVISION_SUMMARY_SELECT })
      : await client.articleRevision.findFirst({ where: { id: String(idOrNumber), articleId }, select: REVISION_SUMMARY_SELECT });
  if (!revision) throw new AppError('NOT_FOUND', `No revision ${idOrNumber} of this article`);
  return { ...revision, text: await revisionText(client, revision.id) };
}
