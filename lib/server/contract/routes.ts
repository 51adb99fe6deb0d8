// Every API route, declared once: its request (path parameters from the key,
// query and body as the zod schemas the handler validates with) and its answer
// (the DTO schema the service fills). Three readers:
// - the route handlers (lib/server/http/route.ts): a handler's answer must be
//   the declared one, or `tsc` fails;
// - the browser's client (lib/api-client.ts): `api('PATCH /api/claims/{id}', ...)`
//   takes its body and answer types from here, so a renamed DTO field is a
//   compile error in every component that reads it;
// - the OpenAPI document (./openapi.ts), served at GET /api/openapi.json.
// tests/integration/contract.test.ts fails when a route file exports a method
// without an entry here, or an entry has no handler.
import { z } from 'zod';
import { createArticleSchema, articleUploadFieldsSchema } from '@/lib/validation/articles';
import { addSourceSchema, createClaimSchema, reattachClaimSchema, restoreClaimSchema, reviewSchema, submitClaimSchema, updateClaimSchema, updateSourceSchema } from '@/lib/validation/claims';
import { assignmentSchema } from '@/lib/validation/assignments';
import { addCommentSchema } from '@/lib/validation/comments';
import { markNotificationsReadSchema, notificationsQuerySchema } from '@/lib/validation/notifications';
import { eventsQuerySchema } from '@/lib/validation/events';
import { EXPORT_FILES, exportQuerySchema } from '@/lib/validation/export';
import { publishArticleSchema } from '@/lib/validation/publication';
import { reviewQueueQuerySchema } from '@/lib/validation/review-queue';
import { addRevisionSchema, diffQuerySchema } from '@/lib/validation/revisions';
import { similarQuerySchema } from '@/lib/validation/similar';
import { dismissSuggestionSchema, suggestionsQuerySchema } from '@/lib/validation/suggestions';
import { changePasswordSchema, createUserSchema, resetPasswordSchema, updateUserSchema } from '@/lib/validation/users';
import { replaceVerdictsSchema } from '@/lib/validation/verdicts';
import { DOCS_ASSETS } from '../http/api-docs';
import { addRevisionResult } from '../articles/add-revision';
import { articleDto } from '../articles/article-dto';
import { revisionDiff } from '../articles/diff-revisions';
import { articleView } from '../articles/get-article';
import { articleSummary } from '../articles/list-articles';
import { revisionDetail, revisionSummary } from '../articles/revision-dto';
import { similarClaims } from '../claim-search/find-similar-claims';
import { assigneeDto } from '../assignments/list-assignees';
import { assignmentDto, claimDto, sourceDto } from '../claims/claim-dto';
import { notificationsView } from '../notifications/list-notifications';
import { claimHistory } from '../claims/get-claim-history';
import { sinceApproval } from '../claims/get-since-approval';
import { sinceChangesRequested } from '../claims/get-since-changes-requested';
import { reviewQueue } from '../claims/list-review-queue';
import { reviewDto } from '../claims/review-dto';
import { commentDto } from '../comments/comment-dto';
import { publicationDto } from '../publication/publication-dto';
import { dismissalDto } from '../suggestions/dismiss-suggestion';
import { suggestionsView } from '../suggestions/list-suggestions';
import { userDto } from '../users/user-dto';
import { verdictOption } from '../verdicts/list-verdicts';

/** Who may call a route, in the words of docs/api.md (the permission matrix decides; this documents it). */
export type Access = 'public' | 'signed in' | 'signed in, also before a forced password change' | 'author or admin' | 'reviewer or admin' | 'admin';

export interface RouteSpec {
  summary: string;
  access: Access;
  /** the query string, as the handler reads it (readQuery) */
  query?: z.ZodObject;
  /** the JSON body, as the handler reads it (readJson); `optionalBody`: it may be left out */
  body?: z.ZodType;
  optionalBody?: true;
  /** multipart/form-data fields sent beside a `file`, as another way to send the body */
  upload?: z.ZodObject;
  /** the success status (default 200); 204 answers nothing */
  status?: 200 | 201 | 204;
  /** another success status and what it means */
  alsoStatus?: { status: 200 | 201; description: string };
  /** the JSON answer; a `file` answer is a download in one of these content types; null: 204 */
  response: z.ZodType | { file: readonly string[] } | null;
}

const list = <K extends string, S extends z.ZodType>(key: K, item: S) => z.object({ [key]: z.array(item) } as { [P in K]: z.ZodArray<S> });
const one = <K extends string, S extends z.ZodType>(key: K, item: S) => z.object({ [key]: item } as { [P in K]: S });

export const API_ROUTES = {
  // Articles
  'GET /api/articles': { summary: 'Every article, newest first, with its claim counts', access: 'signed in', response: list('articles', articleSummary) },
  'POST /api/articles': {
    summary: 'Import an article: JSON with its text, or a multipart upload of a .txt, .md or .html file',
    access: 'signed in',
    body: createArticleSchema,
    upload: articleUploadFieldsSchema,
    status: 201,
    response: one('article', articleDto),
  },
  'GET /api/articles/{id}': { summary: 'An article as the workbench opens it: metadata, the latest revision’s text, every claim', access: 'signed in', response: articleView },
  'GET /api/articles/{id}/revisions': { summary: 'The article’s revisions, newest first, without their text', access: 'signed in', response: list('revisions', revisionSummary) },
  'POST /api/articles/{id}/revisions': {
    summary: 'Save a new revision of the text; every claim is re-anchored in it',
    access: 'signed in',
    body: addRevisionSchema,
    status: 201,
    response: addRevisionResult,
  },
  'GET /api/articles/{id}/revisions/{revisionId}': { summary: 'One revision with its text, by id or by number', access: 'signed in', response: one('revision', revisionDetail) },
  'GET /api/articles/{id}/diff': { summary: 'What changed between two revisions (default: the latest and the one before)', access: 'signed in', query: diffQuerySchema, response: revisionDiff },
  'GET /api/articles/{id}/comments': { summary: 'Every comment on the article’s claims, oldest first', access: 'signed in', response: list('comments', commentDto) },
  'GET /api/articles/{id}/export': {
    summary: 'The article’s fact-checks as a report or data file (published: the approved versions only)',
    access: 'signed in',
    query: exportQuerySchema,
    response: { file: [...new Set(Object.values(EXPORT_FILES).map((file) => file.contentType))] },
  },
  'GET /api/articles/{id}/publication': {
    summary: 'Whether the article’s fact-check is public, and where (null when not published)',
    access: 'signed in',
    response: z.object({ publication: publicationDto.nullable() }),
  },
  'POST /api/articles/{id}/publication': {
    summary: 'Publish the article’s public fact-check page: each claim as last approved (again: show the approvals since)',
    access: 'reviewer or admin',
    body: publishArticleSchema,
    optionalBody: true,
    response: one('publication', publicationDto),
  },
  'DELETE /api/articles/{id}/publication': { summary: 'Take the public page down (it answers 404)', access: 'reviewer or admin', status: 204, response: null },
  'GET /api/articles/{id}/suggestions': {
    summary: 'Sentences of the latest revision that look like checkable claims, best first',
    access: 'signed in',
    query: suggestionsQuerySchema,
    response: suggestionsView,
  },
  'POST /api/articles/{id}/suggestions/dismissals': {
    summary: 'Hide a suggestion from the caller’s own list',
    access: 'signed in',
    body: dismissSuggestionSchema,
    status: 201,
    alsoStatus: { status: 200, description: 'The range was already dismissed: the first dismissal' },
    response: one('dismissal', dismissalDto),
  },

  // Claims
  'POST /api/articles/{id}/claims': { summary: 'Highlight a claim in the latest revision', access: 'signed in', body: createClaimSchema, status: 201, response: one('claim', claimDto) },
  'GET /api/claims/{id}': { summary: 'One claim', access: 'signed in', response: one('claim', claimDto) },
  'PATCH /api/claims/{id}': { summary: 'Change a claim’s statement, verdict or rationale (send its version)', access: 'author or admin', body: updateClaimSchema, response: one('claim', claimDto) },
  'DELETE /api/claims/{id}': { summary: 'Delete a claim', access: 'author or admin', status: 204, response: null },
  'POST /api/claims/{id}/restore': {
    summary: 'Put a deleted claim back, as a draft, within 24 hours of its deletion (its sources too; its reviews and comments are gone)',
    access: 'author or admin',
    body: restoreClaimSchema,
    optionalBody: true,
    response: one('claim', claimDto),
  },
  'POST /api/claims/{id}/anchor': { summary: 'Re-attach a claim to other words of the latest revision', access: 'author or admin', body: reattachClaimSchema, response: one('claim', claimDto) },
  'GET /api/claims/{id}/history': { summary: 'The claim’s audit trail, oldest first (also of a deleted claim)', access: 'signed in', response: claimHistory },
  'GET /api/claims/{id}/since-approval': { summary: 'What changed since the claim was last approved', access: 'signed in', response: sinceApproval },
  'GET /api/claims/{id}/since-changes-requested': {
    summary: 'What changed since a reviewer last sent the claim back (while that request is its latest decision)',
    access: 'signed in',
    response: sinceChangesRequested,
  },
  'GET /api/claims/{id}/similar': { summary: 'Earlier claims, from any article, that say the same thing', access: 'signed in', query: similarQuerySchema, response: similarClaims },

  // Sources
  'POST /api/claims/{id}/sources': {
    summary: 'Add a source (an approved claim goes back to review)',
    access: 'author or admin',
    body: addSourceSchema,
    status: 201,
    response: z.object({ source: sourceDto, claim: claimDto }),
  },
  'PATCH /api/claims/{id}/sources/{sourceId}': {
    summary: 'Correct a source (an approved claim goes back to review)',
    access: 'author or admin',
    body: updateSourceSchema,
    response: z.object({ source: sourceDto, claim: claimDto }),
  },
  'DELETE /api/claims/{id}/sources/{sourceId}': { summary: 'Remove a source (an approved claim goes back to review)', access: 'author or admin', status: 204, response: null },

  // Review
  'POST /api/claims/{id}/submit': { summary: 'Submit a claim for review', access: 'author or admin', body: submitClaimSchema, optionalBody: true, response: one('claim', claimDto) },
  'POST /api/claims/{id}/review': {
    summary: 'Approve a claim or send it back (never one the caller wrote or changed since its last approval)',
    access: 'reviewer or admin',
    body: reviewSchema,
    response: z.object({ claim: claimDto, review: reviewDto }),
  },
  'GET /api/review-queue': { summary: 'Claims waiting for a review the caller may give, longest waiting first', access: 'signed in', query: reviewQueueQuerySchema, response: reviewQueue },

  // Assignment and notifications
  'GET /api/assignees': { summary: 'Who work can be assigned to: every active account with its role', access: 'signed in', response: list('users', assigneeDto) },
  'PUT /api/articles/{id}/assignment': {
    summary: 'Assign the article to an editor and a reviewer (its claims without an assignment of their own follow it)',
    access: 'reviewer or admin',
    body: assignmentSchema,
    response: one('assignment', assignmentDto),
  },
  'PUT /api/claims/{id}/assignment': {
    summary: 'Assign the claim to an editor and a reviewer (not content: no new version)',
    access: 'reviewer or admin',
    body: assignmentSchema,
    response: one('claim', claimDto),
  },
  'GET /api/notifications': { summary: 'The caller’s notifications, newest first, and how many are unread', access: 'signed in', query: notificationsQuerySchema, response: notificationsView },
  'POST /api/notifications/read': {
    summary: 'Mark the caller’s notifications read: some by id, or all',
    access: 'signed in',
    body: markNotificationsReadSchema,
    response: z.object({ unread: z.number().int() }),
  },

  // Live updates
  'GET /api/articles/{id}/events': {
    summary: 'The article’s changes as they happen (text/event-stream: `change` events with ids, `presence` events: who has it open); resumes after Last-Event-ID',
    access: 'signed in',
    query: eventsQuerySchema,
    response: { file: ['text/event-stream'] },
  },
  'GET /api/events': {
    summary: 'Every article’s changes as they happen (text/event-stream); resumes after Last-Event-ID',
    access: 'signed in',
    query: eventsQuerySchema,
    response: { file: ['text/event-stream'] },
  },

  // Comments
  'GET /api/claims/{id}/comments': { summary: 'The claim’s thread, oldest first', access: 'signed in', response: list('comments', commentDto) },
  'POST /api/claims/{id}/comments': { summary: 'Comment on a claim', access: 'signed in', body: addCommentSchema, status: 201, response: one('comment', commentDto) },

  // Accounts
  'GET /api/me': { summary: 'The signed-in account', access: 'signed in, also before a forced password change', response: one('user', userDto) },
  'PATCH /api/me/password': {
    summary: 'Change one’s own password (ends one’s other sessions)',
    access: 'signed in, also before a forced password change',
    body: changePasswordSchema,
    response: one('user', userDto),
  },
  'GET /api/users': { summary: 'Every account', access: 'signed in', response: list('users', userDto) },
  'POST /api/users': { summary: 'Create an account', access: 'admin', body: createUserSchema, status: 201, response: one('user', userDto) },
  'PATCH /api/users/{id}': { summary: 'Change an account’s name, role or whether it is active', access: 'admin', body: updateUserSchema, response: one('user', userDto) },
  'POST /api/users/{id}/password-reset': {
    summary: 'Give an account a one-time password (shown once; its sessions end)',
    access: 'admin',
    body: resetPasswordSchema,
    optionalBody: true,
    response: z.object({ user: userDto, oneTimePassword: z.string().meta({ description: 'shown once; the user must change it at next sign-in' }) }),
  },

  // Verdict scale
  'GET /api/verdicts': { summary: 'The verdict scale, in order', access: 'signed in', response: list('verdicts', verdictOption) },
  'PUT /api/verdicts': { summary: 'Replace the verdict scale (keys still used by claims must stay)', access: 'admin', body: replaceVerdictsSchema, response: list('verdicts', verdictOption) },

  // This document, and the page to browse it
  'GET /api/openapi.json': {
    summary: 'This API as an OpenAPI 3.1 document',
    access: 'public',
    response: z.record(z.string(), z.unknown()).meta({ description: 'an OpenAPI 3.1 document' }),
  },
  'GET /api/docs': { summary: 'This document to browse and try out (Swagger UI)', access: 'public', response: { file: ['text/html; charset=utf-8'] } },
  'GET /api/docs/{asset}': { summary: 'The script and style sheet of the page above', access: 'public', response: { file: Object.values(DOCS_ASSETS) } },
} as const satisfies Record<string, RouteSpec>;

export type ApiRoutes = typeof API_ROUTES;
export type RouteKey = keyof ApiRoutes;
