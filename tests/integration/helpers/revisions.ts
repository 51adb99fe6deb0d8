// The sample article as a newsroom would revise it, and requests for the
// revision endpoints. Each edit is checked to apply exactly once, so a change
// to the fixture fails loudly here instead of quietly weakening the tests.
import { POST as addRevisionRoute } from '@/app/api/articles/[id]/revisions/route';
import { sendOk } from './api';
import type { TestUser } from './world';

type User = Pick<TestUser, 'id' | 'email' | 'name' | 'role'>;

export const DELETED_QUOTE = 'Both individuals are being treated for their injuries and are understood to be in stable condition';
export const KEPT_QUOTE = 'A joint U.S.-Iraq raid overnight killed';
export const TYPO_QUOTE = 'The riders did not say how they were injured';
const TROOPS_PARAGRAPH_START = 'And the Pentagon has been increasing the US military presence';
const MOVE_BEFORE = 'Iraq’s senior military committee';

function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`edit must apply exactly once: ${from}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

function paragraphStartingWith(text: string, start: string): string {
  const paragraph = text.split('\n').find((line) => line.startsWith(start));
  if (!paragraph) throw new Error(`no paragraph starting with ${start}`);
  return paragraph;
}

/**
 * Revision 2 of the sample: "Nine" becomes "Fifteen", the troops paragraph
 * moves up, a typo is fixed ("riders" -> "raiders") and the paragraph quoting
 * the wounded soldiers' condition is deleted.
 */
export function reviseSample(text: string): string {
  let next = replaceOnce(text, 'Nine ISIS members were killed', 'Fifteen ISIS members were killed');
  next = replaceOnce(next, 'The riders did not say', 'The raiders did not say');
  next = replaceOnce(next, `${paragraphStartingWith(next, '“Both individuals')}\n`, '');
  const troops = paragraphStartingWith(next, TROOPS_PARAGRAPH_START);
  next = replaceOnce(next, `${troops}\n`, '');
  next = replaceOnce(next, MOVE_BEFORE, `${troops}\n${MOVE_BEFORE}`);
  return next;
}

export async function addRevisionAs(as: User, articleId: string, body: Record<string, unknown>) {
  return sendOk(201, addRevisionRoute, 'POST', `/api/articles/${articleId}/revisions`, { as, body }, { id: articleId });
}

/** The words a selector points at, checked against the text it claims to point into. */
export function quoted(text: string, selector: { start: number; end: number }): string {
  return text.slice(selector.start, selector.end);
}
