// Reads the organisation's verdict scale in display order.
import type { VerdictOptionData } from '@/lib/domain/types';
import type { Tx } from '../db';

export async function loadVerdictScale(client: Tx): Promise<VerdictOptionData[]> {
  const rows = await client.verdictOption.findMany({ orderBy: [{ order: 'asc' }, { key: 'asc' }] });
  return rows.map((row) => ({
    key: row.key,
    label: row.label,
    ratingValue: row.ratingValue,
    normalized: row.normalized,
    color: row.color,
    order: row.order,
  }));
}
