// Calls a route handler the way Next.js does, and builds claims through the
// HTTP API itself (never through services), so every test starts from state
// a real client could have produced.
import type { NextRequest } from 'next/server';
import type { ClaimDto } from '@/lib/server/claims/claim-dto';
import { POST as createClaimRoute } from '@/app/api/articles/[id]/claims/route';
import { GET as getClaimRoute, PATCH as updateClaimRoute } from '@/app/api/claims/[id]/route';
import { POST as addSourceRoute } from '@/app/api/claims/[id]/sources/route';
import { POST as submitRoute } from '@/app/api/claims/[id]/submit/route';
import { POST as reviewRoute } from '@/app/api/claims/[id]/review/route';
import { params, request, type RequestOptions, type TestUser } from './world';

type Handler<P extends Record<string, string>> = (req: NextRequest, ctx: { params: Promise<P> }) => Promise<Response>;
type User = Pick<TestUser, 'id' | 'email' | 'name' | 'role'>;

/** One request through a handler: `send(GET, 'GET', '/api/claims/x', { as }, { id: 'x' })`. */
export async function send<P extends Record<string, string>>(handler: Handler<P>, method: string, path: string, options: RequestOptions = {}, values: P = {} as P): Promise<Response> {
  return handler(await request(method, path, options), params(values));
}

/** Like `send`, but fails the test unless the status is `expected`, and returns the JSON body. */
export async function sendOk<P extends Record<string, string>>(expected: number, handler: Handler<P>, method: string, path: string, options: RequestOptions = {}, values: P = {} as P): Promise<any> {
  const res = await send(handler, method, path, options, values);
  const body = res.status === 204 ? null : await res.json();
  if (res.status !== expected) throw new Error(`${method} ${path}: expected ${expected}, got ${res.status} ${JSON.stringify(body)}`);
  return body;
}

export const QUOTES = {
  nine: 'Nine ISIS members were killed in the attack',
  wounded: 'wounded two U.S. service members in Iraq',
  hamrin: 'the attack took place in the Hamrin Mountains in northern Iraq',
  troops: 'about 40,000 US troops stationed in the region as of August',
} as const;

export function selectionOf(text: string, exact: string) {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`quote not in the article: ${exact}`);
  return { exact, start, end: start + exact.length };
}

export interface ArticleRef {
  id: string;
  text: string;
}

export async function createClaimAs(as: User, article: ArticleRef, quote: string, extra: Record<string, unknown> = {}): Promise<ClaimDto> {
  const body = { selector: selectionOf(article.text, quote), ...extra };
  return (await sendOk(201, createClaimRoute, 'POST', `/api/articles/${article.id}/claims`, { as, body }, { id: article.id })).claim;
}

export async function addSourceAs(as: User, claimId: string, body: Record<string, unknown> = { url: 'https://www.centcom.mil/MEDIA/STATEMENTS/' }) {
  return (await sendOk(201, addSourceRoute, 'POST', `/api/claims/${claimId}/sources`, { as, body }, { id: claimId })).source;
}

export async function patchClaimAs(as: User, claimId: string, body: Record<string, unknown>): Promise<ClaimDto> {
  return (await sendOk(200, updateClaimRoute, 'PATCH', `/api/claims/${claimId}`, { as, body }, { id: claimId })).claim;
}

export async function getClaimAs(as: User, claimId: string): Promise<ClaimDto> {
  return (await sendOk(200, getClaimRoute, 'GET', `/api/claims/${claimId}`, { as }, { id: claimId })).claim;
}

/** A DRAFT claim with a verdict and a source: ready to submit. */
export async function readyClaimAs(as: User, article: ArticleRef, quote: string, verdict = 'false'): Promise<ClaimDto> {
  const claim = await createClaimAs(as, article, quote, { verdict, rationale: 'The Joint Operations Command said so.' });
  await addSourceAs(as, claim.id);
  return getClaimAs(as, claim.id);
}

export async function submitAs(as: User, claimId: string, body?: Record<string, unknown>): Promise<ClaimDto> {
  return (await sendOk(200, submitRoute, 'POST', `/api/claims/${claimId}/submit`, { as, body }, { id: claimId })).claim;
}

/** A claim waiting in review. */
export async function submittedClaimAs(as: User, article: ArticleRef, quote: string, verdict = 'false'): Promise<ClaimDto> {
  const claim = await readyClaimAs(as, article, quote, verdict);
  return submitAs(as, claim.id);
}

export async function reviewAs(as: User, claimId: string, body: Record<string, unknown>) {
  return sendOk(200, reviewRoute, 'POST', `/api/claims/${claimId}/review`, { as, body }, { id: claimId });
}

/** A claim by `author`, approved by `reviewer`. */
export async function approvedClaim(author: User, reviewer: User, article: ArticleRef, quote: string, verdict = 'false'): Promise<ClaimDto> {
  const claim = await submittedClaimAs(author, article, quote, verdict);
  return (await reviewAs(reviewer, claim.id, { decision: 'approve' })).claim;
}
