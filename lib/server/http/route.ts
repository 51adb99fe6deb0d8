// Wraps a route handler so cross-site writes are refused before anything else
// runs, every thrown error leaves through one mapper, and the handler answers
// what the route's entry in the contract (lib/server/contract/routes.ts)
// declares: its path parameters are typed by the key, and it returns the
// DTO itself (the wrapper writes it with the declared status), so `tsc`
// fails when a handler and the contract disagree.
import type { NextRequest } from 'next/server';
import type { z } from 'zod';
import { AppError } from '@/lib/domain/errors';
import { API_ROUTES, type ApiRoutes, type RouteKey, type RouteSpec } from '../contract/routes';
import type { PathParams } from '../contract/types';
import { readJson, readOptionalJson } from './read-body';
import { readQuery } from './read-query';
import { errorResponse, json, noContent } from './responses';
import { refuseCrossSite } from './same-origin';

export type RouteContext<P extends Record<string, string>> = { params: Promise<P> };

/** An answer with another status than the route's usual one, or with headers of its own. */
export class Reply<T> {
  constructor(
    readonly body: T,
    readonly status?: number,
    readonly headers?: HeadersInit,
  ) {}
}

export const reply = <T>(body: T, { status, headers }: { status?: number; headers?: HeadersInit } = {}) => new Reply(body, status, headers);

type Answer<K extends RouteKey> = ApiRoutes[K]['response'] extends infer R
  ? R extends z.ZodType
    ? z.output<R> | Reply<z.output<R>>
    : R extends null
      ? void
      : // a file: the handler builds it itself (responses.ts fileResponse)
        Response
  : never;

type Spec<K extends RouteKey> = ApiRoutes[K];

/** The route's own body and query, validated with the schemas its contract declares (422 when they do not fit). */
export interface Read<K extends RouteKey> {
  body: () => Promise<Spec<K> extends { body: infer S extends z.ZodType } ? z.output<S> : never>;
  query: () => Spec<K> extends { query: infer S extends z.ZodType } ? z.output<S> : never;
}

function readers<K extends RouteKey>(req: NextRequest, spec: RouteSpec): Read<K> {
  return {
    // Called by the handler, not before it: who may call is settled first (401, 403), then the body is judged.
    body: () => (spec.body ? (spec.optionalBody ? readOptionalJson(req, spec.body) : readJson(req, spec.body)) : Promise.reject(new Error('this route takes no body'))),
    query: () => (spec.query ? readQuery(req, spec.query) : ({} as never)),
  } as Read<K>;
}

export function route<K extends RouteKey>(key: K, handler: (req: NextRequest, params: PathParams<K>, read: Read<K>) => Promise<Answer<K>>) {
  const spec: RouteSpec = API_ROUTES[key];
  return async (req: NextRequest, ctx: RouteContext<PathParams<K>>): Promise<Response> => {
    try {
      refuseCrossSite(req);
      const params = ctx?.params ? await ctx.params : ({} as PathParams<K>);
      // No id holds U+0000, and PostgreSQL refuses to even look one up (a 500).
      if (Object.values(params).some((value) => typeof value === 'string' && value.includes('\u0000'))) {
        throw new AppError('NOT_FOUND', 'Nothing here has that id');
      }
      const answer: unknown = await handler(req, params, readers<K>(req, spec));
      if (answer instanceof Response) return answer;
      if (spec.response === null) return noContent();
      const { body, status, headers } = answer instanceof Reply ? answer : new Reply(answer);
      if (process.env.CHECK_API_ANSWERS === '1') checkAnswer(key, spec.response as z.ZodType, body);
      return json(body, status ?? spec.status ?? 200, headers);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/**
 * The test suites set CHECK_API_ANSWERS=1: every answer a test receives is
 * parsed with the route's response schema, so the OpenAPI document cannot
 * describe a shape the server does not send. Off in production (it would cost
 * a parse per request for what the compiler already checks).
 */
function checkAnswer(key: RouteKey, schema: z.ZodType, body: unknown) {
  const result = schema.safeParse(JSON.parse(JSON.stringify(body)));
  if (!result.success) throw new Error(`${key} answered a body its contract does not describe: ${result.error.message}`);
}
