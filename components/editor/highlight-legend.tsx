// What the highlights in the article mean: colour is the verdict, solid is
// approved, hatched is not approved yet. The swatches are drawn with the same
// mark styles as the text (app/globals.css), so the legend cannot drift.
import type { Verdict } from '@/components/claims/types';
import { UNRATED_COLOR } from '@/lib/domain/verdicts';

export function HighlightLegend({ verdicts }: { verdicts: Pick<Verdict, 'key' | 'label' | 'color'>[] }) {
  const sample = (color: string, approved: boolean, label: string) => (
    <mark className="claim-highlight swatch" data-approved={approved ? 'true' : 'false'} style={{ ['--claim-color' as string]: color }}>
      {label}
    </mark>
  );
  return (
    <p className="highlight-legend" data-testid="highlight-legend">
      <span>Highlights:</span>
      <span>{sample(UNRATED_COLOR, true, 'solid')} approved</span>
      <span>{sample(UNRATED_COLOR, false, 'hatched')} not approved yet</span>
      <span>
        colour = verdict:{' '}
        {verdicts.map((v) => (
          <span key={v.key}>{sample(v.color, true, v.label)} </span>
        ))}
        {sample(UNRATED_COLOR, true, 'no verdict')}
      </span>
    </p>
  );
}
