// The single mapper from errors to the API's error shape (docs/api.md#errors). Unknown errors are
// logged and answered with a generic 500 that carries no stack trace.
import { NextResponse } from 'next/server';
import { ZodError } from 'zod';
import { AppError, isAppError } from '@/lib/domain/errors';
import { INVALID_REQUEST, zodDetails } from '@/lib/validation/zod-details';
import { Prisma } from '../generated/prisma/client';
import { errorBody } from './error-body';

export function json(data: unknown, status = 200, headers?: HeadersInit): NextResponse {
  return NextResponse.json(data, { status, headers });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/**
 * A file: the body with its type and a file name, which the browser saves
 * (`attachment`) or shows (`inline`; saved later, it keeps the name).
 */
export function fileResponse(body: string | Uint8Array, contentType: string, filename: string, disposition: 'inline' | 'attachment' = 'attachment'): Response {
  return new Response(typeof body === 'string' ? body : Buffer.from(body), {
    status: 200,
    headers: {
      'content-type': contentType,
      // The name is built from a slug ([a-z0-9-]); quoting keeps it one token anyway.
      'content-disposition': `${disposition}; filename="${filename.replace(/["\\\r\n]/g, '')}"`,
    },
  });
}

export function errorResponse(error: unknown): NextResponse {
  if (isAppError(error)) {
    // A throttled or turned-away caller is told when to come back (the sign-in throttle's, the work pool's details).
    const retryAfter = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    const headers = typeof retryAfter === 'number' ? { 'retry-after': String(retryAfter) } : undefined;
    return json(errorBody(error.code, error.message, error.details), error.status, headers);
  }
  if (error instanceof ZodError) {
    return json(errorBody('INVALID', INVALID_REQUEST, zodDetails(error)), 422);
  }
  // Services check uniqueness first; this catches the writer that lost a race
  // (two imports picking one slug, two accounts with one e-mail) as a conflict.
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
    return json(errorBody('CONFLICT', 'Someone else just saved the same thing; try again'), 409);
  }
  // The database stayed locked past the driver's wait (P1008: a second process
  // writing the same SQLite file) or gave up on a deadlock (P2034, PostgreSQL).
  // The transaction was rolled back, so trying again is safe.
  if (error instanceof Prisma.PrismaClientKnownRequestError && (error.code === 'P1008' || error.code === 'P2034')) {
    return json(errorBody('BUSY', 'The database is busy; nothing was saved, try again in a moment'), 503, { 'retry-after': '1' });
  }
  console.error('Unhandled error in route handler', error);
  return json(errorBody('INTERNAL', 'Something went wrong on our side'), 500);
}

export { AppError, errorBody };
