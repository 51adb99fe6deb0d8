// Reads and validates a JSON request body: 415 for another content type, 413
// over the size limit, 422 for malformed JSON or a body the schema rejects.
import type { z } from 'zod';
import { AppError } from '@/lib/domain/errors';
import { zodDetails } from '@/lib/validation/zod-details';

/** API.md: bodies over 2 MB get 413. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export async function readText(req: Request, limit = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (declared > limit) throw new AppError('PAYLOAD_TOO_LARGE', `The body is larger than ${limit} bytes`);
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new AppError('PAYLOAD_TOO_LARGE', `The body is larger than ${limit} bytes`);
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new AppError('INVALID', 'The body is not valid UTF-8');
  }
}

export function isJsonContentType(req: Request): boolean {
  const type = (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  return type === 'application/json' || type.endsWith('+json');
}

export async function readJson<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  if (!isJsonContentType(req)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json');
  }
  const text = await readText(req);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError('INVALID', 'The body is not valid JSON');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError('INVALID', 'The request is not valid', zodDetails(parsed.error));
  return parsed.data;
}
