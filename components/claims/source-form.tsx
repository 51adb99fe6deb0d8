'use client';

import { useState, type FormEvent } from 'react';
import type { AddSourceBody } from '@/lib/validation/claims';

/** What the form sends: the body POST /api/claims/:id/sources validates (lib/validation/claims.ts). */
export type SourceInput = AddSourceBody;

interface Props {
  onAdd(input: SourceInput): Promise<boolean>;
}

export function SourceForm({ onAdd }: Props) {
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '').trim() || undefined;
    setBusy(true);
    const ok = await onAdd({ url: value('url') ?? '', title: value('title'), publisher: value('publisher'), quote: value('quote'), accessedAt: value('accessedAt') });
    setBusy(false);
    if (ok) form.reset();
  }

  return (
    <form onSubmit={submit} aria-label="Add a source">
      <label>
        Source URL
        <input name="url" type="url" required placeholder="https://…" />
      </label>
      <div className="row">
        <label style={{ flex: 1 }}>
          Source title
          <input name="title" />
        </label>
        <label style={{ flex: 1 }}>
          Publisher
          <input name="publisher" />
        </label>
      </div>
      <label>
        Quoted passage
        <textarea name="quote" rows={2} />
      </label>
      <label>
        Accessed on
        <input name="accessedAt" type="date" />
      </label>
      <p>
        <button type="submit" disabled={busy}>
          Add source
        </button>
      </p>
    </form>
  );
}
