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

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers: init.body === undefined ? undefined : { 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'The server could not be reached');
  }
  if (response.status === 204) return undefined as T;
  const payload = await response.json().catch(() => null);
  if (!response.ok) {
    const error = payload?.error;
    throw new ApiError(response.status, error?.code ?? 'HTTP_ERROR', error?.message ?? `Request failed (${response.status})`, error?.details);
  }
  return payload as T;
}

/** A file the API sends as an attachment (an export), or the API's error for it. */
export async function apiDownload(path: string): Promise<{ blob: Blob; filename: string }> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK', 'The server could not be reached');
  }
  if (!response.ok) {
    const error = (await response.json().catch(() => null))?.error;
    throw new ApiError(response.status, error?.code ?? 'HTTP_ERROR', error?.message ?? `Download failed (${response.status})`, error?.details);
  }
  const named = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
  return { blob: await response.blob(), filename: named ? named[1] : (path.split('/').pop() ?? 'download') };
}
