// The browser's way to the JSON API: the UI uses the same endpoints as scripts,
// so what the UI can do is exactly what the API allows.
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

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await reach(path, {
    method: init.method ?? 'GET',
    headers: init.body === undefined ? undefined : { 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (response.status === 204) return undefined as T;
  const payload = await response.json().catch(() => null);
  if (!response.ok) throw refusal(response.status, payload, 'Request');
  return payload as T;
}

/** A file the API sends as an attachment (an export), or the API's error for it. */
export async function apiDownload(path: string): Promise<{ blob: Blob; filename: string }> {
  const response = await reach(path, {});
  if (!response.ok) throw refusal(response.status, await response.json().catch(() => null), 'Download');
  const named = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
  return { blob: await response.blob(), filename: named ? named[1] : (path.split('/').pop() ?? 'download') };
}
