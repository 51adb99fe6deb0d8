// Wraps a route handler so cross-site writes are refused before anything else
// runs, and every thrown error leaves through one mapper.
import type { NextRequest } from 'next/server';
import { errorResponse } from './responses';
import { refuseCrossSite } from './same-origin';

type Params = Record<string, string>;
export type RouteContext<P extends Params> = { params: Promise<P> };

export function route<P extends Params = Params>(
  handler: (req: NextRequest, params: P) => Promise<Response>,
) {
  return async (req: NextRequest, ctx: RouteContext<P>): Promise<Response> => {
    try {
      refuseCrossSite(req);
      const params = ctx?.params ? await ctx.params : ({} as P);
      return await handler(req, params);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
