'use client';

// How long claims waited for a decision, week by week (median hours, recharts).
// The table beside it holds the same figures.
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DeskView } from '@/lib/server/desk/get-desk';

const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

export function TurnaroundChart({ weeks }: { weeks: DeskView['turnaround'] }) {
  const data = weeks.map((w) => ({ week: day(w.weekStart), hours: w.medianHours === null ? 0 : Math.round(w.medianHours * 10) / 10 }));
  return (
    <div className="desk-chart" aria-hidden="true" data-testid="turnaround-chart">
      <ResponsiveContainer width="100%" height={220}>
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <XAxis dataKey="week" tick={{ fontSize: 12 }} />
          <YAxis width={32} />
          <Tooltip />
          <Bar dataKey="hours" name="Median hours to a decision" fill="#0b57d0" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
