// Parses a multipart article import (`file` plus optional metadata fields)
// into the same body a JSON import sends, so one service handles both.
import path from 'node:path';
import { AppError } from '@/lib/domain/errors';
import { ARTICLE_FILE_EXTENSIONS, articleUploadFieldsSchema, createArticleSchema, MAX_ARTICLE_TEXT_BYTES, type CreateArticleBody } from '@/lib/validation/articles';
import { contentTypeOf, decodeUtf8, parseWith, readBytes } from '../http/read-body';
import { runJob } from '../work/run-job';

export function isMultipart(req: Request): boolean {
  return contentTypeOf(req) === 'multipart/form-data';
}

export async function readArticleUpload(req: Request): Promise<CreateArticleBody> {
  // Read under the body limit first: Request.formData() alone would buffer any size.
  const bytes = await readBytes(req);
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(bytes), { headers: { 'content-type': req.headers.get('content-type') ?? '' } }).formData();
  } catch {
    throw new AppError('INVALID', 'The multipart body could not be read');
  }

  const file = form.get('file');
  if (!(file instanceof Blob)) throw new AppError('INVALID', 'Attach the article as `file`', { file: 'attach a .txt, .md or .html file' });
  const name = 'name' in file && typeof file.name === 'string' ? file.name : 'article.txt';
  const extension = path.extname(name).toLowerCase();
  if (!(ARTICLE_FILE_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', `Upload a .txt, .md or .html file, not "${extension || name}"`, { file: 'must be .txt, .md or .html' });
  }
  const isHtml = extension === '.html' || extension === '.htm';
  // HTML markup is not article text: its limit is checked after reduction.
  if (!isHtml && file.size > MAX_ARTICLE_TEXT_BYTES) {
    throw new AppError('PAYLOAD_TOO_LARGE', `The file is ${file.size} bytes; at most ${MAX_ARTICLE_TEXT_BYTES} are accepted`, { file: 'at most 1 MB' });
  }
  const raw = decodeUtf8(new Uint8Array(await file.arrayBuffer()), 'The file');

  const fields = parseWith(articleUploadFieldsSchema, textFields(form));
  // Markup is reduced to text on the work pool: the thread answering everyone else never parses it.
  const html = isHtml ? await runJob('importHtml', raw) : null;
  const fallbackTitle = html?.title || path.basename(name, path.extname(name));
  return parseWith(createArticleSchema, {
    ...fields,
    title: fields.title || fallbackTitle,
    text: html ? html.text : raw,
    note: fields.note || `Imported from ${name}`,
  });
}

/** Form fields other than the file; blank ones count as not sent. */
function textFields(form: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (key !== 'file' && typeof value === 'string' && value.trim() !== '') fields[key] = value;
  }
  return fields;
}
