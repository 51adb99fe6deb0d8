'use client';

import { useState, type FormEvent } from 'react';
import { formProblems, Problems, type FieldProblems } from '@/components/ui/field-problems';
import { addSourceSchema, type AddSourceBody } from '@/lib/validation/claims';

/** What the form sends: the body POST /api/claims/:id/sources validates (lib/validation/claims.ts). */
export type SourceInput = AddSourceBody;

interface Props {
  onAdd(input: SourceInput): Promise<boolean>;
}

export function SourceForm({ onAdd }: Props) {
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<FieldProblems>({});

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '').trim() || undefined;
    const input = { url: value('url') ?? '', title: value('title'), publisher: value('publisher'), quote: value('quote'), accessedAt: value('accessedAt') };
    // The route's own schema first: a javascript: link or a 20,000-character quote is named at its field, with no request.
    const found = formProblems(addSourceSchema, input);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const ok = await onAdd(input);
    setBusy(false);
    if (ok) form.reset();
  }

  return (
    <form onSubmit={submit} aria-label="Add a source">
      <label>
        Source URL
        <input name="url" type="url" required placeholder="https://…" />
      </label>
      <Problems field="url" problems={problems} />
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
      <Problems field="title" problems={problems} />
      <Problems field="publisher" problems={problems} />
      <label>
        Quoted passage
        <textarea name="quote" rows={2} />
      </label>
      <Problems field="quote" problems={problems} />
      <label>
        Accessed on
        <input name="accessedAt" type="date" />
      </label>
      <Problems field="accessedAt" problems={problems} />
      <p>
        <button type="submit" disabled={busy}>
          Add source
        </button>
      </p>
    </form>
  );
}
