import { useTranslation } from 'react-i18next';
import type { ImportMapping, TableKind } from '../../../../core/format/tables/mapping';
import type { ImportPreview } from '../../../../core/format/tables/preview';
import type { Codebooks } from '../../../../core/model/schema';
import { fieldLabel, tableLabel } from './field-label';
import { isCodebookField, valueOptions } from './value-options';
import { setValue } from './wizard-mapping';

export interface ValuesStepProps {
  preview: ImportPreview;
  mapping: ImportMapping;
  codebooks: Codebooks;
  onMapping: (mapping: ImportMapping) => void;
}

/** How each value written in a coded column is read: "Frivillig" → a sector of the codebook, or a new code. */
export function ValuesStep({ preview, mapping, codebooks, onMapping }: ValuesStepProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  const groups = (Object.entries(preview.values) as Array<[TableKind, NonNullable<ImportPreview['values'][TableKind]>]>).flatMap(([table, fields]) =>
    Object.entries(fields)
      .filter(([, choices]) => choices.length > 0)
      .map(([field, choices]) => ({ table, field, choices })),
  );
  return (
    <div className="wizard-values">
      <p className="muted">{t('exchange.wizard.valuesIntro')}</p>
      {groups.length === 0 && <p>{t('exchange.wizard.noValues')}</p>}
      {groups.map(({ table, field, choices }) => {
        const options = valueOptions(table, field, codebooks, t, lang) ?? [];
        const chosen = mapping.tables[table]?.values[field] ?? {};
        const labelOf = (value: string | null) =>
          value === null
            ? isCodebookField(table, field)
              ? t('exchange.wizard.autoNew')
              : t('exchange.wizard.autoUnknown')
            : (options.find((o) => o.value === value)?.label ?? value);
        const caption = `${tableLabel(table, t)}: ${fieldLabel(table, field, t)}`;
        return (
          <section key={`${table}.${field}`} className="value-group" aria-label={caption}>
            <h3>{caption}</h3>
            <table className="data-table value-map">
              <thead>
                <tr>
                  <th scope="col">{t('exchange.wizard.written')}</th>
                  <th scope="col" className="num">
                    {t('exchange.wizard.count')}
                  </th>
                  <th scope="col">{t('exchange.wizard.becomes')}</th>
                </tr>
              </thead>
              <tbody>
                {choices.map((c) => (
                  <tr key={c.written} className={c.mapped === null && chosen[c.written] === undefined ? 'unmatched' : undefined}>
                    <td>{c.written}</td>
                    <td className="num">{c.count}</td>
                    <td>
                      <select
                        aria-label={`${caption}: ${c.written}`}
                        value={chosen[c.written] ?? ''}
                        onChange={(e) => onMapping(setValue(mapping, table, field, c.written, e.target.value === '' ? null : e.target.value))}
                      >
                        <option value="">
                          {chosen[c.written] === undefined ? t('exchange.wizard.auto', { what: labelOf(c.mapped) }) : t('exchange.wizard.autoPlain')}
                        </option>
                        {options.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
      <fieldset className="unknown-codes">
        <legend>{t('exchange.wizard.unknownCodes')}</legend>
        {(['add', 'refuse'] as const).map((v) => (
          <label key={v} className="check">
            <input type="radio" name="unknown-codes" checked={mapping.unknownCodes === v} onChange={() => onMapping({ ...mapping, unknownCodes: v })} />
            {t(v === 'add' ? 'exchange.wizard.unknownAdd' : 'exchange.wizard.unknownRefuse')}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
