// The verdict scale as the admin edits it, until it is saved: the options in
// their new order with their fields as typed (the rating as text, '' for none),
// which are new (only those take a key: a saved key is fixed, exports and
// published pages carry it) and which are set aside for removal (they keep
// their place, so a refusal puts them back where they were). The body it
// becomes is PUT /api/verdicts's: the options not set aside, order their
// position from 1.
import type { VerdictClass, VerdictOptionData } from '@/lib/domain/types';
import type { ReplaceVerdictsBody } from '@/lib/validation/verdicts';

export interface DraftOption {
  /** React's key: the verdict's key once saved, a made-up one while new */
  id: string;
  key: string;
  label: string;
  color: string;
  rating: string;
  normalized: VerdictClass;
  isNew: boolean;
  /** set aside: left out of the scale when it is saved */
  removed: boolean;
}

export interface ScaleDraft {
  options: DraftOption[];
}

export const CLASS_LABELS: Record<VerdictClass, string> = { TRUE: 'True', FALSE: 'False', MIXED: 'Mixed', UNVERIFIABLE: 'Unverifiable', OTHER: 'Other' };

/** A colour for a new verdict: neutral, and readable (verdict-contrast.ts). */
const NEW_COLOR = '#6e7781';

export function draftOf(scale: VerdictOptionData[]): ScaleDraft {
  const options = scale.map((option) => ({
    id: option.key,
    key: option.key,
    label: option.label,
    color: option.color.toLowerCase(),
    rating: option.ratingValue === null ? '' : String(option.ratingValue),
    normalized: option.normalized,
    isNew: false,
    removed: false,
  }));
  return { options };
}

/** The options the scale will hold, in order. */
export function keptOptions(draft: ScaleDraft): DraftOption[] {
  return draft.options.filter((option) => !option.removed);
}

export function updateOption(draft: ScaleDraft, id: string, change: Partial<Omit<DraftOption, 'id' | 'isNew' | 'removed'>>): ScaleDraft {
  return { options: draft.options.map((option) => (option.id === id ? { ...option, ...change } : option)) };
}

/** The option one place up (-1) or down (+1) among those kept, past any set aside; unchanged at either end. */
export function moveOption(draft: ScaleDraft, id: string, step: -1 | 1): ScaleDraft {
  const from = draft.options.findIndex((option) => option.id === id);
  if (from < 0) return draft;
  let to = from + step;
  while (to >= 0 && to < draft.options.length && draft.options[to].removed) to += step;
  if (to < 0 || to >= draft.options.length) return draft;
  const options = [...draft.options];
  [options[from], options[to]] = [options[to], options[from]];
  return { options };
}

let newCount = 0;

export function addOption(draft: ScaleDraft): { draft: ScaleDraft; id: string } {
  newCount += 1;
  const id = `new-${newCount}`;
  const option: DraftOption = { id, key: '', label: '', color: NEW_COLOR, rating: '', normalized: 'OTHER', isNew: true, removed: false };
  return { draft: { options: [...draft.options, option] }, id };
}

/** A new option goes at once; a saved one is set aside until the scale is saved. */
export function removeOption(draft: ScaleDraft, id: string): ScaleDraft {
  const option = draft.options.find((other) => other.id === id);
  if (!option) return draft;
  if (option.isNew) return { options: draft.options.filter((other) => other.id !== id) };
  return { options: draft.options.map((other) => (other.id === id ? { ...other, removed: true } : other)) };
}

/** The options set aside for which `keep` holds back in the scale, in their place. */
export function keepOptions(draft: ScaleDraft, keep: (option: DraftOption) => boolean): ScaleDraft {
  return { options: draft.options.map((option) => (option.removed && keep(option) ? { ...option, removed: false } : option)) };
}

export function bodyOf(draft: ScaleDraft): ReplaceVerdictsBody {
  return {
    verdicts: keptOptions(draft).map((option, index) => ({
      key: option.key.trim(),
      label: option.label,
      ratingValue: option.rating.trim() === '' ? null : Number(option.rating),
      normalized: option.normalized,
      color: option.color,
      order: index + 1,
    })),
  };
}
