import { AppError } from '@/lib/domain/errors';
import { checkSelector, type SelectorInput } from '@/lib/domain/anchoring/selector';
import type { TextSelector } from '@/lib/domain/types';

/** The authoritative selector for a client's selection in `text`, or 422 naming what does not match. */
export function requireSelector(text: string, input: SelectorInput): TextSelector {
  const check = checkSelector(text, input);
  if (!check.ok) {
    const details = Object.fromEntries(check.problems.map((p) => [`selector.${p.field}`, p.message]));
    throw new AppError('INVALID', 'The selection does not match the article text', details);
  }
  return check.selector;
}
