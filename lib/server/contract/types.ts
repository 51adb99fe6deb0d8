// The types a route's key stands for, read off API_ROUTES: what the server's
// handler must answer and what the browser's client sends and gets back.
// Types only: client code imports this file (and routes.ts) with `import type`.
import type { z } from 'zod';
import type { ApiRoutes, RouteKey } from './routes';

export type { RouteKey } from './routes';

type ParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamNames<Rest> : never;

/** `{ id: string; sourceId: string }` for 'PATCH /api/claims/{id}/sources/{sourceId}'. */
export type PathParams<K extends RouteKey> = { [Name in ParamNames<K>]: string };

type Spec<K extends RouteKey> = ApiRoutes[K];

/** The JSON body as the caller writes it (before the schema's defaults and trimming). */
export type RouteBody<K extends RouteKey> = Spec<K> extends { body: infer S extends z.ZodType } ? z.input<S> : never;

/** The query parameters as the caller writes them. */
export type RouteQuery<K extends RouteKey> = Spec<K> extends { query: infer S extends z.ZodType } ? z.input<S> : never;

/** The JSON answer; `undefined` for a 204. */
export type RouteAnswer<K extends RouteKey> = Spec<K>['response'] extends infer R ? (R extends z.ZodType ? z.output<R> : R extends null ? undefined : never) : never;

/** Routes that answer JSON or nothing (the rest answer files: see apiDownload). */
export type JsonRouteKey = { [K in RouteKey]: Spec<K>['response'] extends z.ZodType | null ? K : never }[RouteKey];

/** Routes that answer a file to download. */
export type FileRouteKey = Exclude<RouteKey, JsonRouteKey>;

type Needs<K extends RouteKey> = ([ParamNames<K>] extends [never] ? unknown : { params: PathParams<K> }) &
  (Spec<K> extends { body: z.ZodType } ? (Spec<K> extends { optionalBody: true } ? { body?: RouteBody<K> } : { body: RouteBody<K> }) : unknown) &
  (Spec<K> extends { query: z.ZodType } ? { query?: RouteQuery<K> } : unknown);

/**
 * What a call of route K sends: its path parameters, body and query, each only
 * where the route has one; `validate`, the route's body schema, to check the
 * body in the browser before it is sent (a form's way to use the route's schema).
 */
export type RouteRequest<K extends RouteKey> = Needs<K> & { params?: PathParams<K>; body?: RouteBody<K>; query?: RouteQuery<K>; validate?: z.ZodType<unknown, RouteBody<K>> };

/** The request argument is optional exactly when the route needs nothing. */
export type RequestArgs<K extends RouteKey> = Record<never, never> extends Needs<K> ? [request?: RouteRequest<K>] : [request: RouteRequest<K>];
