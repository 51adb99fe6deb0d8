'use client';

// The review queue's filters. Each change goes into the URL (so a filtered
// queue can be bookmarked or shared); the hours box waits for typing to pause.
import { useEffect, useState } from 'react';

export interface QueueFilterValues {
  articleId: string;
  authorId: string;
  verdict: string;
  minAgeHours: string;
  /** 'me' or '' */
  assignedTo: string;
}

export const FILTER_KEYS = ['articleId', 'authorId', 'verdict', 'minAgeHours', 'assignedTo'] as const;

interface Option {
  id: string;
  label: string;
}

interface Props {
  value: QueueFilterValues;
  articles: Option[];
  authors: Option[];
  verdicts: Option[];
  onChange(value: QueueFilterValues): void;
}

/** A select's options, keeping the current choice even when the list no longer holds it. */
function withCurrent(options: Option[], current: string): Option[] {
  return current && !options.some((o) => o.id === current) ? [...options, { id: current, label: '(current filter)' }] : options;
}

export function QueueFilters({ value, articles, authors, verdicts, onChange }: Props) {
  const [hours, setHours] = useState(value.minAgeHours);

  useEffect(() => setHours(value.minAgeHours), [value.minAgeHours]);
  useEffect(() => {
    if (hours === value.minAgeHours) return;
    const timer = setTimeout(() => onChange({ ...value, minAgeHours: hours }), 400);
    return () => clearTimeout(timer);
  }, [hours, value, onChange]);

  const select = (key: 'articleId' | 'authorId' | 'verdict', label: string, options: Option[], all: string) => (
    <label>
      {label}
      <select value={value[key]} onChange={(e) => onChange({ ...value, [key]: e.target.value })}>
        <option value="">{all}</option>
        {withCurrent(options, value[key]).map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form className="toolbar queue-filters" aria-label="Filter the queue" onSubmit={(e) => e.preventDefault()}>
      {select('articleId', 'Article', articles, 'All articles')}
      {select('authorId', 'Author', authors, 'Everyone')}
      {select('verdict', 'Verdict', verdicts, 'Any verdict')}
      <label>
        Waiting at least (hours)
        <input type="number" min={0} step={1} inputMode="numeric" value={hours} onChange={(e) => setHours(e.target.value)} style={{ width: '7rem' }} />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={value.assignedTo === 'me'} onChange={(e) => onChange({ ...value, assignedTo: e.target.checked ? 'me' : '' })} /> Assigned to me
      </label>
      {FILTER_KEYS.some((key) => value[key]) && (
        <button type="button" onClick={() => onChange({ articleId: '', authorId: '', verdict: '', minAgeHours: '', assignedTo: '' })}>
          Clear filters
        </button>
      )}
    </form>
  );
}
