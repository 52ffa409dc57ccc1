import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SingleCommandInput } from '../../../../core/commands';
import { useActions } from '../../app';
import type { useChecked } from './table-state';

/** What a bulk edit's value is entered with. */
export type BulkInput =
  | { kind: 'choice'; options: ReadonlyArray<readonly [string, string]>; /** offers "empty" too */ nullable: boolean }
  | { kind: 'text' }
  | { kind: 'number' }
  | { kind: 'date' };

/**
 * A field the ticked rows can be given together: its label, how its value is entered, and the
 * command for one row (null where the row already has it, or cannot take it).
 */
export interface BulkField {
  id: string;
  label: string;
  input: BulkInput;
  make: (rowId: string, value: string | null) => SingleCommandInput | null;
}

type Checks = ReturnType<typeof useChecked>;

/**
 * "Set field … to … for N": one field chosen from the table's list (every editable field, wave
 * presence and custom attributes included), its value, and one batch of commands, one per ticked
 * row, that a single undo takes back.
 */
export function BulkEdit({ fields, checks }: { fields: readonly BulkField[]; checks: Checks }) {
  const { t } = useTranslation();
  const actions = useActions();
  const [fieldId, setFieldId] = useState('');
  const [value, setValue] = useState('');
  const field = fields.find((f) => f.id === fieldId);
  const count = checks.checked.length;
  const choose = (id: string) => {
    setFieldId(id);
    const next = fields.find((f) => f.id === id);
    setValue(next?.input.kind === 'choice' ? (next.input.options[0]?.[0] ?? '') : '');
  };
  const apply = () => {
    if (!field) return;
    const entered = value.trim() === '' ? null : value;
    const commands = checks.checked.map((id) => field.make(id, entered)).filter((c): c is SingleCommandInput => c !== null);
    if (commands.length === 0) {
      checks.clear();
      return;
    }
    void actions.apply(commands.length === 1 && commands[0] ? commands[0] : { type: 'batch', commands }).then((ok) => {
      if (ok) checks.clear();
    });
  };
  return (
    <span className="bulk-edit" data-testid="bulk-edit">
      <select value={fieldId} aria-label={t('details.table.setField')} name="bulk-field" onChange={(e) => choose(e.target.value)}>
        <option value="">{t('details.table.setField')}</option>
        {fields.map((f) => (
          <option key={f.id} value={f.id}>
            {f.label}
          </option>
        ))}
      </select>
      {field && (
        <>
          <span className="muted">{t('details.table.setTo')}</span>
          {field.input.kind === 'choice' ? (
            <select value={value} aria-label={field.label} name="bulk-value" onChange={(e) => setValue(e.target.value)}>
              {field.input.options.map(([v, text]) => (
                <option key={v} value={v}>
                  {text}
                </option>
              ))}
              {field.input.nullable && <option value="">{t('details.table.clear')}</option>}
            </select>
          ) : (
            <input
              type={field.input.kind === 'date' ? 'date' : 'text'}
              inputMode={field.input.kind === 'number' ? 'decimal' : undefined}
              value={value}
              aria-label={field.label}
              name="bulk-value"
              onChange={(e) => setValue(e.target.value)}
              onKeyDown={(e) => e.key === 'Enter' && apply()}
            />
          )}
          <button type="button" className="primary" name="bulk-apply" onClick={apply}>
            {t('details.table.apply', { count })}
          </button>
        </>
      )}
    </span>
  );
}
