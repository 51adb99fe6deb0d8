// A claimant and an appearance as one line of text, wherever the workbench
// shows them read-only (the card for those who may not edit, the review card,
// changes since approval).
import type { Appearance, Claimant } from '@/lib/domain/types';

const TYPE_WORDS: Record<Claimant['type'], string> = { Person: 'person', Organization: 'organisation' };

/** "Patrick Ryder (person)". */
export const claimantText = (claimant: Claimant | null) => (claimant ? `${claimant.name} (${TYPE_WORDS[claimant.type]})` : 'not named');

/** "30 Oct 2024 · https://..." ; the date is the UTC day it was saved as. */
export function appearanceText(appearance: Appearance | null): string {
  if (!appearance) return 'the article itself';
  const day = appearance.date ? new Date(appearance.date).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }) : null;
  return [day, appearance.url].filter(Boolean).join(' · ');
}
