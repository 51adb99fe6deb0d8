// The API's error shape (docs/api.md#errors), on its own so that proxy.ts can answer with it without
// pulling responses.ts (and the Prisma client it checks errors against) into
// the proxy bundle.
export function errorBody(code: string, message: string, details?: unknown) {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}
