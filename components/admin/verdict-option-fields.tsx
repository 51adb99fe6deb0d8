'use client';

// One verdict of the scale being edited: its pill as it will look, its label,
// colour (with the contrast check of lib/domain/verdict-contrast.ts, live),
// ClaimReview rating and class, a key while it is new, and the buttons that
// move it up or down and remove it.
import { useId, type RefCallback } from 'react';
import { VERDICT_CLASSES, type VerdictClass } from '@/lib/domain/types';
import { MIN_TEXT_CONTRAST, formatContrast, verdictColorContrast } from '@/lib/domain/verdict-contrast';
import { VerdictPill } from '@/components/claims/verdict-pill';
import { Problems, type FieldProblems } from '@/components/ui/field-problems';
import { CLASS_LABELS, type DraftOption } from './verdict-scale-draft';

interface Props {
  option: DraftOption;
  /** its colour as saved; undefined while new */
  savedColor: string | undefined;
  index: number;
  count: number;
  /** the 422's problems, by "verdicts.<index>.<field>" */
  problems: FieldProblems;
  onChange(change: Partial<Omit<DraftOption, 'id' | 'isNew' | 'removed'>>): void;
  onMove(step: -1 | 1): void;
  onRemove(): void;
  /** the move buttons' refs, so focus can follow the verdict it moved */
  buttonRef(which: 'up' | 'down'): RefCallback<HTMLButtonElement>;
}

function ContrastCheck({ color, changed }: { color: string; changed: boolean }) {
  const contrast = verdictColorContrast(color);
  if (!contrast) return null;
  const ratios = `Contrast: label on the pill ${formatContrast(contrast.label)}, article text on a highlight ${formatContrast(contrast.highlight)}`;
  const verdict = contrast.readable
    ? `: at least ${MIN_TEXT_CONTRAST}:1.`
    : changed
      ? `: below ${MIN_TEXT_CONTRAST}:1, so this colour cannot be saved. Choose a lighter one.`
      : `: below ${MIN_TEXT_CONTRAST}:1 (the saved colour, kept; a new colour must reach ${MIN_TEXT_CONTRAST}:1).`;
  return (
    <p className={contrast.readable ? 'muted contrast-check' : 'error contrast-check'} data-testid="contrast" aria-live="polite">
      {ratios}
      {verdict}
    </p>
  );
}

export function VerdictOptionFields({ option, savedColor, index, count, problems, onChange, onMove, onRemove, buttonRef }: Props) {
  const name = option.label.trim() || 'New verdict';
  const field = (key: string) => `verdicts.${index}.${key}`;
  const keyHint = useId();
  return (
    <fieldset className="card verdict-option">
      <legend>{name}</legend>
      <div className="row">
        <VerdictPill verdict={{ label: name, color: option.color }} />
        <span className="muted">{option.isNew ? 'new' : `key: ${option.key}`}</span>
        <span className="spacer" />
        <button type="button" ref={buttonRef('up')} disabled={index === 0} onClick={() => onMove(-1)} aria-label={`Move ${name} up`}>
          ↑ Up
        </button>
        <button type="button" ref={buttonRef('down')} disabled={index === count - 1} onClick={() => onMove(1)} aria-label={`Move ${name} down`}>
          ↓ Down
        </button>
        <button type="button" className="danger" onClick={onRemove} aria-label={`Remove ${name}`}>
          Remove
        </button>
      </div>
      <div className="row verdict-option-fields">
        {option.isNew && (
          <label>
            Key
            <input value={option.key} onChange={(e) => onChange({ key: e.target.value })} placeholder="e.g. satire" autoComplete="off" aria-describedby={keyHint} />
          </label>
        )}
        <label>
          Label
          <input value={option.label} onChange={(e) => onChange({ label: e.target.value })} autoComplete="off" />
        </label>
        <label>
          Colour
          <input type="color" value={option.color} onChange={(e) => onChange({ color: e.target.value.toLowerCase() })} />
        </label>
        <label>
          ClaimReview rating
          <input type="number" min={1} max={100} step={1} value={option.rating} onChange={(e) => onChange({ rating: e.target.value })} />
        </label>
        <label>
          Class
          <select value={option.normalized} onChange={(e) => onChange({ normalized: e.target.value as VerdictClass })}>
            {VERDICT_CLASSES.map((verdictClass) => (
              <option key={verdictClass} value={verdictClass}>
                {CLASS_LABELS[verdictClass]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {option.isNew && (
        <p className="muted" id={keyHint}>
          The key: lower-case letters, digits and hyphens. Exports carry it; it cannot change once saved.
        </p>
      )}
      <ContrastCheck color={option.color} changed={savedColor !== option.color} />
      {['key', 'label', 'color', 'ratingValue', 'normalized', 'order'].map((key) => (
        <Problems key={key} field={field(key)} problems={problems} />
      ))}
    </fieldset>
  );
}
