// A verdict's label on its colour, in the colours the reports use
// (verdictPillColors: text at 4.5:1 or more on any verdict colour).
import { verdictPillColors } from '@/lib/domain/verdict-colors';

export function VerdictPill({ verdict }: { verdict: { label: string; color: string } | null }) {
  const { background, text } = verdictPillColors(verdict?.color);
  return (
    <span className="badge verdict" style={{ background, color: text }}>
      {verdict?.label ?? 'No verdict yet'}
    </span>
  );
}
