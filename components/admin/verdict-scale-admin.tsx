'use client';

// The admin's verdict scale: every verdict in the order the claim card's
// picker lists it, edited in place (label, colour, ClaimReview rating, class),
// moved up or down, added and removed, then saved whole with PUT /api/verdicts.
// Before saving, a colour the admin chose that leaves text below 4.5:1 is
// refused here (refusedColors, lib/domain/verdict-contrast.ts); the server
// refuses removing a verdict a claim still has (409, keysInUse), and the
// screen says which and puts it back.
import { useEffect, useRef, useState } from 'react';
import { api, ApiError, describeError } from '@/lib/api-client';
import type { VerdictOptionData } from '@/lib/domain/types';
import { MIN_TEXT_CONTRAST, formatContrast, refusedColors } from '@/lib/domain/verdict-contrast';
import { replaceVerdictsSchema } from '@/lib/validation/verdicts';
import { VerdictPill } from '@/components/claims/verdict-pill';
import { ErrorAlert } from '@/components/ui/error-alert';
import { problemsOf, type FieldProblems } from '@/components/ui/field-problems';
import { useRefRegistry } from '@/components/ui/ref-registry';
import { useUnsavedChangesGuard } from '@/components/ui/use-unsaved-changes-guard';
import { VerdictOptionFields } from './verdict-option-fields';
import { addOption, bodyOf, draftOf, keepOptions, keptOptions, moveOption, removeOption, updateOption, type ScaleDraft } from './verdict-scale-draft';

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'refused'; message: string };

const claims = (n: number) => `${n} claim${n === 1 ? '' : 's'}`;

/** The 409's keys in use (key -> number of claims), if that is what the refusal was. */
function keysInUse(error: unknown): Record<string, number> | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const inUse = (error.details as { keysInUse?: unknown } | undefined)?.keysInUse;
  return inUse && typeof inUse === 'object' ? (inUse as Record<string, number>) : null;
}

export function VerdictScaleAdmin() {
  const [saved, setSaved] = useState<VerdictOptionData[] | null>(null);
  const [draft, setDraft] = useState<ScaleDraft | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [problems, setProblems] = useState<FieldProblems>({});
  const [announcement, setAnnouncement] = useState('');
  const buttons = useRefRegistry<HTMLButtonElement>();
  // The move button to focus once a move is drawn: the verdict's own, or the other one at the ends of the list.
  const moved = useRef<{ id: string; which: 'up' | 'down' } | null>(null);

  const dirty = !!draft && !!saved && JSON.stringify(bodyOf(draft)) !== JSON.stringify(bodyOf(draftOf(saved)));
  useUnsavedChangesGuard(dirty);

  useEffect(() => {
    api('GET /api/verdicts')
      .then(({ verdicts }) => {
        setSaved(verdicts);
        setDraft(draftOf(verdicts));
      })
      .catch((e: unknown) => setLoadError(`Could not load the verdict scale: ${describeError(e)}`));
  }, []);

  useEffect(() => {
    const target = moved.current;
    if (!target || !draft) return;
    moved.current = null;
    const kept = keptOptions(draft);
    const index = kept.findIndex((option) => option.id === target.id);
    const atEnd = target.which === 'up' ? index === 0 : index === kept.length - 1;
    const which = atEnd ? (target.which === 'up' ? 'down' : 'up') : target.which;
    buttons.get(`${target.id}:${which}`)?.focus();
  }, [draft, buttons]);

  if (loadError) return <ErrorAlert message={loadError} />;
  if (!draft || !saved) return <p className="muted">Loading…</p>;

  const savedColors = new Map(saved.map((option) => [option.key, option.color.toLowerCase()]));
  const edit = (next: ScaleDraft) => {
    setDraft(next);
    setStatus({ kind: 'idle' });
  };
  const move = (id: string, step: -1 | 1) => {
    const next = moveOption(draft, id, step);
    const kept = keptOptions(next);
    const index = kept.findIndex((option) => option.id === id);
    moved.current = { id, which: step === -1 ? 'up' : 'down' };
    setAnnouncement(`${kept[index].label || 'New verdict'} moved to position ${index + 1} of ${kept.length}.`);
    edit(next);
  };
  const add = () => {
    const added = addOption(draft);
    edit(added.draft);
  };

  async function save() {
    if (!draft || !saved) return;
    const body = bodyOf(draft);
    const refused = refusedColors(body.verdicts, saved);
    if (refused.length > 0) {
      const which = refused.map((option) => `${option.label || option.key}: ${formatContrast(option.contrast.lowest)}`).join('; ');
      setStatus({ kind: 'refused', message: `Not saved: text on the colour of ${which}, below ${MIN_TEXT_CONTRAST}:1. Choose a lighter colour.` });
      return;
    }
    setStatus({ kind: 'saving' });
    setProblems({});
    try {
      const { verdicts } = await api('PUT /api/verdicts', { body, validate: replaceVerdictsSchema });
      setSaved(verdicts);
      setDraft(draftOf(verdicts));
      setStatus({ kind: 'saved' });
    } catch (e) {
      const inUse = keysInUse(e);
      if (inUse) {
        const names = draft.options.filter((option) => option.removed && option.key in inUse).map((option) => `${option.label} is still used by ${claims(inUse[option.key])}`);
        setDraft(keepOptions(draft, (option) => option.key in inUse));
        setStatus({ kind: 'refused', message: `Not saved: ${names.join('; ')}, so it cannot be removed. It is back in the scale.` });
        return;
      }
      const details = e instanceof ApiError ? problemsOf(e.details) : {};
      setProblems(details);
      setStatus({ kind: 'refused', message: Object.keys(details).length > 0 ? 'Not saved: see the problems above.' : `Not saved: ${describeError(e)}` });
    }
  }

  const kept = keptOptions(draft);
  return (
    <>
      <ol className="verdict-scale">
        {draft.options.map((option) =>
          option.removed ? (
            <li key={option.id} className="card verdict-removed">
              <VerdictPill verdict={{ label: option.label, color: option.color }} /> is removed when the scale is saved.{' '}
              <button type="button" onClick={() => edit(keepOptions(draft, (other) => other.id === option.id))}>
                Keep {option.label}
              </button>
            </li>
          ) : (
            <li key={option.id}>
              <VerdictOptionFields
                option={option}
                savedColor={option.isNew ? undefined : savedColors.get(option.key)}
                index={kept.indexOf(option)}
                count={kept.length}
                problems={problems}
                onChange={(change) => edit(updateOption(draft, option.id, change))}
                onMove={(step) => move(option.id, step)}
                onRemove={() => edit(removeOption(draft, option.id))}
                buttonRef={(which) => buttons.ref(`${option.id}:${which}`)}
              />
            </li>
          ),
        )}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <ErrorAlert message={status.kind === 'refused' ? status.message : null} />
      <div className="row">
        <button type="button" onClick={add}>
          Add a verdict
        </button>
        <button type="button" className="primary" onClick={() => void save()} disabled={status.kind === 'saving'}>
          Save the scale
        </button>
        <span role="status" className="muted">
          {status.kind === 'saving' ? 'Saving…' : status.kind === 'saved' ? 'Saved. The claim cards list the verdicts in this order.' : dirty ? 'Unsaved changes' : ''}
        </span>
      </div>
    </>
  );
}
