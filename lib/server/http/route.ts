// Wraps a route handler so cross-site writes are refused before anything else
// runs, and every thrown error leaves through one mapper.
import type { NextRequest } from 'next/server';
import { AppError } from '@/lib/domain/errors';
import { errorResponse } from './responses';
import { refuseCrossSite } from './same-origin';

type Params = Record<string, string>;
export type RouteContext<P extends Params> = { params: Promise<P> };

export function route<P extends Params = Params>(handler: (req: NextRequest, params: P) => Promise<Response>) {
  return async (req: NextRequest, ctx: RouteContext<P>): Promise<Response> => {
    try {
      refuseCrossSite(req);
      const params = ctx?.params ? await ctx.params : ({} as P);
      // No id holds U+0000, and PostgreSQL refuses to even look one up (a 500).
      if (Object.values(params).some((value) => typeof value === 'string' && value.includes('\u0000'))) {
        throw new AppError('NOT_FOUND', 'Nothing here has that id');
      }
      return await handler(req, params);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
