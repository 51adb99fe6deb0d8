// A source form's fields as stored: blanks become null, dates become Dates.
import type { AddSourceBody } from '@/lib/validation/claims';

function blankToNull(value: string | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export function sourceData(input: AddSourceBody) {
  return {
    url: input.url,
    title: blankToNull(input.title),
    publisher: blankToNull(input.publisher),
    quote: blankToNull(input.quote),
    accessedAt: input.accessedAt ? new Date(input.accessedAt) : null,
    archivedUrl: blankToNull(input.archivedUrl),
    reliabilityNote: blankToNull(input.reliabilityNote),
  };
}
