// The browser's way to the JSON API: the UI uses the same endpoints as scripts,
// so what the UI can do is exactly what the API allows.
import type { z } from 'zod';
import type { FileRouteKey, JsonRouteKey, RequestArgs, RouteAnswer, RouteKey, RouteRequest } from '@/lib/server/contract/types';
import { INVALID_REQUEST, zodDetails } from '@/lib/validation/zod-details';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  /** A readable one-line reason, including field details when there are any. */
  describe(): string {
    if (this.details && typeof this.details === 'object') {
      const fields = Object.entries(this.details as Record<string, unknown>)
        .filter(([, value]) => typeof value === 'string')
        .map(([field, value]) => `${field}: ${value}`);
      if (fields.length > 0) return `${this.message} (${fields.join('; ')})`;
    }
    return this.message;
  }
}

/**
 * The reason a request failed, for a message on screen: the API's own reason
 * (see ApiError.describe), else `fallback` for anything that is not an ApiError.
 */
export function describeError(error: unknown, fallback = 'unexpected error'): string {
  return error instanceof ApiError ? error.describe() : fallback;
}

/** `fetch`, with a server out of reach as an ApiError like any other failure. */
async function reach(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { ...init, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK', 'The server could not be reached');
  }
}

/** A refused request's ApiError, from the API's error shape in `payload` (or the status alone). */
export function refusal(status: number, payload: unknown, what: string): ApiError {
  const error = (payload as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
  return new ApiError(status, error?.code ?? 'HTTP_ERROR', error?.message ?? `${what} failed (${status})`, error?.details);
}

/**
 * The address of one call: the key's path with its parameters filled in
 * (each escaped) and the query's defined, non-empty values appended.
 * `'GET /api/claims/{id}', { params: { id: 'c1' } }` is `/api/claims/c1`.
 */
export function routePath<K extends RouteKey>(key: K, request?: RouteRequest<K>): string {
  const pattern = key.slice(key.indexOf(' ') + 1);
  const params = (request?.params ?? {}) as Record<string, string>;
  const path = pattern.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries((request?.query ?? {}) as Record<string, unknown>)) {
    if (value !== undefined && value !== null && value !== '') query.set(name, String(value));
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * One call of the JSON API, typed by its route (lib/server/contract/routes.ts):
 * `api('PATCH /api/claims/{id}', { params: { id }, body })` sends what that
 * route's schema reads and answers what its DTO says, so a changed DTO is a
 * compile error wherever a component reads it.
 */
export async function api<K extends JsonRouteKey>(key: K, ...[request]: RequestArgs<K>): Promise<RouteAnswer<K>> {
  if (request?.validate) refuseLocally(request.validate, request.body);
  return (await callApi(key.slice(0, key.indexOf(' ')), routePath(key, request), request?.body)) as RouteAnswer<K>;
}

/**
 * A form's body checked with the route's own schema (lib/validation) before it
 * is sent: what the server would refuse is refused here with the very ApiError
 * its 422 would give (code, message, details by field), and no request leaves.
 */
function refuseLocally(schema: z.ZodType, body: unknown): void {
  const result = schema.safeParse(body);
  if (!result.success) throw new ApiError(422, 'INVALID', INVALID_REQUEST, zodDetails(result.error));
}

/** The call behind api(), by method and address: for a caller that already made the address (useApiGet). */
export async function callApi(method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await reach(path, {
    method,
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return undefined;
  const payload = await response.json().catch(() => null);
  if (!response.ok) throw refusal(response.status, payload, 'Request');
  return payload;
}

/** A file the API sends as an attachment (an export), or the API's error for it. */
export async function apiDownload<K extends FileRouteKey>(key: K, ...[request]: RequestArgs<K>): Promise<{ blob: Blob; filename: string }> {
  const path = routePath(key, request);
  const response = await reach(path, {});
  if (!response.ok) throw refusal(response.status, await response.json().catch(() => null), 'Download');
  const named = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
  return { blob: await response.blob(), filename: named ? named[1] : (path.split('/').pop() ?? 'download') };
}
