// The single mapper from errors to API.md's error shape. Unknown errors are
// logged and answered with a generic 500 that carries no stack trace.
import { NextResponse } from 'next/server';
import { ZodError } from 'zod';
import { AppError, isAppError } from '@/lib/domain/errors';
import { zodDetails } from '@/lib/validation/zod-details';

export function json(data: unknown, status = 200, headers?: HeadersInit): NextResponse {
  return NextResponse.json(data, { status, headers });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

export function errorBody(code: string, message: string, details?: unknown) {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

export function errorResponse(error: unknown): NextResponse {
  if (isAppError(error)) {
    return json(errorBody(error.code, error.message, error.details), error.status);
  }
  if (error instanceof ZodError) {
    return json(errorBody('INVALID', 'The request is not valid', zodDetails(error)), 422);
  }
  console.error('Unhandled error in route handler', error);
  return json(errorBody('INTERNAL', 'Something went wrong on our side'), 500);
}

export { AppError };
