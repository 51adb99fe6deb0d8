'use client';

// The desk's approved verdicts as bars, one per verdict in the scale's order,
// each in its verdict's colour (recharts). The same figures are in the table
// beside it for screen readers and for reading exact numbers, so the chart is
// hidden from them and takes no keyboard focus (no accessibility layer).
import { Bar, BarChart, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DeskView } from '@/lib/server/desk/get-desk';

export function VerdictChart({ verdicts }: { verdicts: DeskView['verdicts'] }) {
  return (
    <div className="desk-chart" aria-hidden="true" data-testid="verdict-chart">
      <ResponsiveContainer width="100%" height={220}>
        <BarChart accessibilityLayer={false} data={verdicts} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
          <YAxis allowDecimals={false} width={32} />
          <Tooltip />
          <Bar dataKey="count" name="Approved claims" isAnimationActive={false}>
            {verdicts.map((v) => (
              <Cell key={v.key} fill={v.color} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
