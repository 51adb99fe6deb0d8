// Typed errors thrown by services and domain checks. One mapper at the HTTP
// boundary (lib/server/http/responses.ts) turns them into the error shape of docs/api.md#errors,
// so a service never needs to know about status codes.
export type AppErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  /** signed in with a one-time password (an admin's reset): only the password change is open */
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'RATE_LIMITED'
  /** a job of the work pool needed more memory than one request may use */
  | 'TOO_COMPLEX'
  | 'BUSY'
  /** a job of the work pool ran past its time limit and was stopped */
  | 'WORK_TIMEOUT'
  | 'NOT_IMPLEMENTED';

export const STATUS_BY_CODE: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 422,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_COMPLEX: 422,
  RATE_LIMITED: 429,
  NOT_IMPLEMENTED: 501,
  BUSY: 503,
  WORK_TIMEOUT: 503,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details: unknown;

  constructor(code: AppErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return STATUS_BY_CODE[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
