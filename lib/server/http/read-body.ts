// Reads and validates a JSON request body: 415 for another content type, 413
// over the size limit, 422 for malformed JSON or a body the schema rejects.
import type { z } from 'zod';
import { AppError } from '@/lib/domain/errors';
import { MAX_BODY_BYTES } from '@/lib/validation/limits';
import { INVALID_REQUEST, zodDetails } from '@/lib/validation/zod-details';

export { MAX_BODY_BYTES };

/** The raw body, refused with 413 as soon as it passes `limit` (a lying Content-Length cannot get round it). */
export async function readBytes(req: Request, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (declared > limit) throw new AppError('PAYLOAD_TOO_LARGE', `The body is larger than ${limit} bytes`);
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: cancelling one branch of a cloned (tee'd) body only settles
      // once the other branch is cancelled too, which may never happen.
      reader.cancel().catch(() => undefined);
      throw new AppError('PAYLOAD_TOO_LARGE', `The body is larger than ${limit} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Strict UTF-8: a mis-encoded upload is refused rather than silently filled with U+FFFD. */
export function decodeUtf8(bytes: Uint8Array, what = 'The body'): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('INVALID', `${what} is not valid UTF-8`);
  }
}

export async function readText(req: Request, limit = MAX_BODY_BYTES): Promise<string> {
  return decodeUtf8(await readBytes(req, limit));
}

export function contentTypeOf(req: Request): string {
  return (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
}

export function isJsonContentType(req: Request): boolean {
  const type = contentTypeOf(req);
  return type === 'application/json' || type.endsWith('+json');
}

type PathNode = { key: string; parent: PathNode | null } | null;

function joinPath(node: PathNode): string {
  const keys: string[] = [];
  for (let at = node; at; at = at.parent) keys.unshift(at.key);
  return keys.join('.') || '_';
}

/** Where in a parsed body or query a string (or key) holding U+0000 is (`a.b.0`, `_` for the root), or null. Iterative: bodies may nest deeply. */
export function nulPath(root: unknown): string | null {
  const stack: [unknown, PathNode][] = [[root, null]];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return joinPath(path);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const child = { key, parent: path };
        if (key.includes('\u0000')) return joinPath(child);
        stack.push([item, child]);
      }
    }
  }
  return null;
}

/**
 * Validates an already-parsed value against a schema: 422 with field details
 * when it does not fit. No text may hold U+0000: PostgreSQL cannot store it
 * (a 500 there) and no article, claim or name needs it.
 */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const nul = nulPath(value);
  if (nul) throw new AppError('INVALID', INVALID_REQUEST, { [nul]: 'must not contain NUL (U+0000) characters' });
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError('INVALID', INVALID_REQUEST, zodDetails(parsed.error));
  return parsed.data;
}

function parseJsonText<S extends z.ZodType>(text: string, schema: S): z.infer<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError('INVALID', 'The body is not valid JSON');
  }
  return parseWith(schema, value);
}

export async function readJson<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  if (!isJsonContentType(req)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json');
  }
  return parseJsonText(await readText(req), schema);
}

/**
 * For actions whose body is optional (submit, where `version` is a nicety):
 * an empty body counts as `{}`; a non-empty one must be JSON like any other.
 */
export async function readOptionalJson<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  const text = await readText(req);
  if (text.trim() === '') return parseWith(schema, {});
  if (!isJsonContentType(req)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json');
  }
  return parseJsonText(text, schema);
}
