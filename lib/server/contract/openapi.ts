// The API as an OpenAPI 3.1 document, generated from the contract (routes.ts:
// the same zod schemas the handlers validate with and the DTOs fill) by
// zod-openapi. Served at GET /api/openapi.json; docs/api.md is the guide to it.
// Nothing here is written twice: a route's parameters come from its key, its
// body, query and answer from its entry, its errors from the error shape.
import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import { STATUS_BY_CODE, type AppErrorCode } from '@/lib/domain/errors';
import { API_ROUTES, type RouteKey, type RouteSpec } from './routes';

const ERROR_CODES = Object.keys(STATUS_BY_CODE) as [AppErrorCode, ...AppErrorCode[]];

const apiError = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string().meta({ description: 'a sentence for a person: what was refused and why' }),
      details: z.unknown().optional().meta({ description: 'by field for INVALID (`{"statement": "..."}`); the current state for CONFLICT; retryAfterSeconds for RATE_LIMITED, BUSY, WORK_TIMEOUT' }),
    }),
  })
  .meta({ id: 'ApiError', description: 'Every refusal has this shape (docs/api.md#errors)' });

const errorAnswer = (description: string) => ({ description, content: { 'application/json': { schema: apiError } } });

/** The refusals a route can give, from what it takes: a session, path ids, a body, a query. */
function errorResponses(key: RouteKey, spec: RouteSpec) {
  const writes = !key.startsWith('GET ');
  return {
    ...(spec.access === 'public' ? {} : { 401: errorAnswer('UNAUTHENTICATED: no live session') }),
    ...(spec.access === 'public' ? {} : { 403: errorAnswer('FORBIDDEN: the permission matrix says no (its reason is the message), or a cross-site write; PASSWORD_CHANGE_REQUIRED') }),
    ...(key.includes('{') ? { 404: errorAnswer('NOT_FOUND: no such id') } : {}),
    ...(writes ? { 409: errorAnswer('CONFLICT: a stale version, a status change the workflow forbids, a unique value taken (details say which)') } : {}),
    ...(spec.body ? { 413: errorAnswer('PAYLOAD_TOO_LARGE: a body over 2 MB, a text over 1 MB'), 415: errorAnswer('UNSUPPORTED_MEDIA_TYPE: not application/json') } : {}),
    ...(spec.body || spec.query ? { 422: errorAnswer('INVALID: the body or query does not fit its schema (details by field); TOO_COMPLEX') } : {}),
    503: errorAnswer('BUSY or WORK_TIMEOUT: nothing was changed; try again after Retry-After seconds'),
  };
}

function successResponse(spec: RouteSpec) {
  const status = spec.status ?? 200;
  if (spec.response === null) return { [status]: { description: 'Done; no body' } };
  if ('file' in spec.response) {
    const schema = z.string().meta({ format: 'binary' });
    return {
      [status]: {
        description: 'The file; Content-Disposition names it and says inline (the HTML report, unless disposition asks otherwise) or attachment',
        content: Object.fromEntries(spec.response.file.map((type) => [type, { schema }])),
      },
    };
  }
  const content = { 'application/json': { schema: spec.response } };
  return {
    [status]: { description: status === 201 ? 'Created' : 'OK', content },
    ...(spec.alsoStatus ? { [spec.alsoStatus.status]: { description: spec.alsoStatus.description, content } } : {}),
  };
}

/** Operations are grouped by the path's first segment; the document and its page go under "reference". */
const tagOf = (key: RouteKey) => {
  const segment = key.split('/')[2];
  return segment === 'openapi.json' || segment === 'docs' ? 'reference' : segment;
};

function operation(key: RouteKey, spec: RouteSpec): ZodOpenApiOperationObject {
  const names = [...key.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  const body = spec.body && {
    required: !spec.optionalBody,
    content: {
      'application/json': { schema: spec.body },
      ...(spec.upload
        ? { 'multipart/form-data': { schema: spec.upload.extend({ file: z.string().meta({ format: 'binary', description: '.txt, .md, .markdown, .html or .htm, up to 1 MB' }) }) } }
        : {}),
    },
  };
  return {
    operationId: key,
    summary: spec.summary,
    description: `Who may call: ${spec.access}.`,
    tags: [tagOf(key)],
    ...(spec.access === 'public' ? { security: [] } : {}),
    requestParams: {
      ...(names.length ? { path: z.object(Object.fromEntries(names.map((name) => [name, z.string()]))) } : {}),
      ...(spec.query ? { query: spec.query } : {}),
    },
    ...(body ? { requestBody: body } : {}),
    responses: { ...successResponse(spec), ...errorResponses(key, spec) },
  };
}

// next-auth serves /api/auth/* from one catch-all route (app/api/auth/[...nextauth]);
// these are the parts of it a script uses to sign in (docs/api.md#signing-in).
const form = (fields: Record<string, z.ZodType>) => ({ required: true, content: { 'application/x-www-form-urlencoded': { schema: z.object(fields) } } });
const AUTH_PATHS: ZodOpenApiPathsObject = {
  '/api/auth/csrf': {
    get: {
      operationId: 'GET /api/auth/csrf',
      summary: 'A CSRF token for the sign-in form (sets the csrf cookie)',
      tags: ['auth'],
      security: [],
      responses: { 200: { description: 'OK', content: { 'application/json': { schema: z.object({ csrfToken: z.string() }) } } } },
    },
  },
  '/api/auth/callback/credentials': {
    post: {
      operationId: 'POST /api/auth/callback/credentials',
      summary: 'Sign in with e-mail and password (sets the session cookie)',
      tags: ['auth'],
      security: [],
      requestBody: form({ email: z.string(), password: z.string(), csrfToken: z.string(), json: z.literal('true').optional().meta({ description: 'answer 200/401 JSON instead of a redirect' }) }),
      responses: {
        200: { description: 'Signed in (with json=true)', content: { 'application/json': { schema: z.object({ url: z.string() }) } } },
        302: { description: 'Signed in, or error=CredentialsSignin in Location (without json=true)' },
        401: { description: 'Wrong e-mail or password (with json=true)', content: { 'application/json': { schema: z.object({ url: z.string() }) } } },
        413: errorAnswer('PAYLOAD_TOO_LARGE: a body over 64 KB'),
        422: errorAnswer('INVALID: a field given twice, malformed, or holding NUL'),
        429: errorAnswer('RATE_LIMITED: too many failed sign-ins; Retry-After says when to try again'),
      },
    },
  },
  '/api/auth/session': {
    get: {
      operationId: 'GET /api/auth/session',
      summary: 'The session as next-auth knows it ({} without one)',
      tags: ['auth'],
      security: [],
      responses: {
        200: {
          description: 'OK',
          content: { 'application/json': { schema: z.object({ user: z.object({ id: z.string(), name: z.string(), email: z.string(), role: z.string() }), expires: z.string() }).partial() } },
        },
      },
    },
  },
  '/api/auth/signout': {
    post: {
      operationId: 'POST /api/auth/signout',
      summary: 'Sign out: the session row ends, copies of the cookie stop working',
      tags: ['auth'],
      requestBody: form({ csrfToken: z.string(), json: z.literal('true').optional() }),
      responses: { 200: { description: 'Signed out (with json=true)' }, 302: { description: 'Signed out' } },
    },
  },
};

export function buildOpenApiDocument() {
  const paths: ZodOpenApiPathsObject = { ...AUTH_PATHS };
  for (const [key, spec] of Object.entries(API_ROUTES) as [RouteKey, RouteSpec][]) {
    const [method, path] = key.split(' ');
    paths[path] = { ...paths[path], [method.toLowerCase()]: operation(key, spec) };
  }
  return createDocument(
    {
      openapi: '3.1.0',
      info: {
        title: 'Fact-check workbench API',
        version: '1',
        description:
          'The JSON API the workbench’s own pages use. Sign in as docs/api.md#signing-in says (next-auth’s credentials flow), then send the session cookie with every request. Writes from another site are refused. Refusals have the ApiError shape.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'next-auth.session-token', description: '`__Secure-next-auth.session-token` behind https' },
        },
      },
      security: [{ session: [] }],
      paths,
    },
    // Request bodies are documented as the caller writes them, answers as the server writes them.
    { outputIdSuffix: 'Output' },
  );
}
