import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { withPresence } from '../../../../core/model/presence';
import type { ProjectData } from '../../../../core/model/schema';

/**
 * The small fields of the details panels. Each saves on its own (one undoable command per
 * change): a choice when it is made, text when the field is left or Enter is pressed; Escape
 * puts back what is stored.
 */

/** A labelled row: the label above or beside its control, as the panel's grid lays it out. */
export function Field({ label, children, hint }: { label: string; children: ReactNode; hint?: string }) {
  return (
    <label className="details-field" title={hint}>
      <span className="details-label">{label}</span>
      {children}
    </label>
  );
}

/** A choice among values (null: unknown, offered first as `unknownLabel`). */
export function ChoiceField<V extends string>({
  label,
  value,
  options,
  unknownLabel,
  onChange,
  name,
  hint,
  autoFocus,
}: {
  label: string;
  value: V | null;
  options: ReadonlyArray<readonly [V, string]>;
  unknownLabel?: string;
  onChange: (value: V | null) => void;
  name: string;
  hint?: string;
  autoFocus?: boolean;
}) {
  return (
    <Field label={label} hint={hint}>
      <select
        name={name}
        value={value ?? ''}
        autoFocus={autoFocus}
        onChange={(e) => {
          const chosen = options.find(([v]) => v === e.target.value);
          onChange(chosen ? chosen[0] : null);
        }}
      >
        {unknownLabel !== undefined && <option value="">{unknownLabel}</option>}
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </Field>
  );
}

/**
 * Text saved when the field is left or on Enter (Shift+Enter is a new line in a long text). The
 * typed text is a draft while it is being edited: a save elsewhere in the panel does not wipe it.
 */
export function TextField({
  label,
  value,
  onSave,
  name,
  multiline = false,
  placeholder,
  inputMode,
  invalid,
}: {
  label: string;
  value: string;
  onSave: (value: string) => void;
  name: string;
  multiline?: boolean;
  placeholder?: string;
  inputMode?: 'decimal' | 'text';
  invalid?: (text: string) => string | null;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? value;
  const problem = draft === null || !invalid ? null : invalid(draft);
  const save = () => {
    if (draft === null) return;
    if (problem === null && draft !== value) onSave(draft);
    if (problem === null) setDraft(null);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !(multiline && e.shiftKey)) {
      e.preventDefault();
      save();
    }
    if (e.key === 'Escape' && draft !== null) {
      // cancels the edit, and only that (not the panel as well)
      e.preventDefault();
      e.stopPropagation();
      setDraft(null);
    }
  };
  const common = {
    name,
    value: text,
    placeholder,
    'aria-invalid': problem !== null,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: save,
    onKeyDown: onKey,
  };
  return (
    <Field label={label}>
      {multiline ? <textarea rows={3} {...common} /> : <input inputMode={inputMode} {...common} />}
      {problem && <span className="field-error">{problem}</span>}
    </Field>
  );
}

/**
 * Presence in the project's waves, a box per wave. None ticked means present in every wave (as
 * the model reads an empty list), which the hint says; the boxes show it so.
 */
export function WavesField({ data, waves, onChange, label }: { data: ProjectData; waves: readonly string[]; onChange: (waves: string[]) => void; label: string }) {
  const { t } = useTranslation();
  if (data.waves.length === 0) return null;
  return (
    <fieldset className="details-waves">
      <legend>{label}</legend>
      {data.waves.map((w) => (
        <label key={w.id} className="check">
          <input
            type="checkbox"
            name={`wave-${w.id}`}
            checked={waves.length === 0 || waves.includes(w.id)}
            onChange={(e) => onChange(withPresence([...waves], data.waves, w.id, e.target.checked))}
          />
          {w.label}
        </label>
      ))}
      <p className="muted small">{t('details.tie.wavesAll')}</p>
    </fieldset>
  );
}

/** Numbers as the user writes them: a decimal comma in Danish (either is read back). */
export const numberText = (n: number | null, lang: 'da' | 'en'): string => (n === null ? '' : lang === 'da' ? String(n).replace('.', ',') : String(n));
export const readNumberText = (text: string): number | null => {
  const t = text.trim().replace(',', '.');
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : Number.NaN;
};
