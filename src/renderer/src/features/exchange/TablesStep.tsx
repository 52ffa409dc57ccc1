import { useTranslation } from 'react-i18next';
import { TABLE_KINDS, type ImportMapping, type TableKind } from '../../../../core/format/tables/mapping';
import type { ImportPreview, SheetPreview } from '../../../../core/format/tables/preview';
import { fieldLabel, tableLabel } from './field-label';
import { assignSheet, fieldOfColumn, setColumn, setHeaderRow, tableOfSheet } from './wizard-mapping';

/** The most rows of each sheet shown in the preview. */
const PREVIEW_ROWS = 8;

export interface TablesStepProps {
  preview: ImportPreview;
  mapping: ImportMapping;
  /** a new mapping; `reread` when the sheet must be read again (another table or header row) */
  onMapping: (mapping: ImportMapping, reread: boolean) => void;
}

/** Which sheet is which table, the row its column names are on, and which column fills which field, over the sheet's first rows. */
export function TablesStep({ preview, mapping, onMapping }: TablesStepProps) {
  const { t } = useTranslation();
  return (
    <div className="wizard-sheets">
      <p className="muted">{t('exchange.wizard.sheets', { count: preview.sheets.length })}</p>
      {preview.sheets.map((sheet) => (
        <SheetCard key={sheet.source} sheet={sheet} preview={preview} mapping={mapping} onMapping={onMapping} />
      ))}
    </div>
  );
}

function SheetCard({ sheet, preview, mapping, onMapping }: { sheet: SheetPreview } & TablesStepProps) {
  const { t } = useTranslation();
  const table = tableOfSheet(mapping, sheet.source);
  const fields = table ? (preview.fields[table] ?? []) : [];
  const headerRow = (table && mapping.tables[table]?.headerRow) ?? sheet.headerRow;
  const id = `sheet-${sheet.source.replace(/[^\w-]/g, '_')}`;
  const chooseTable = (next: TableKind | null) => onMapping(assignSheet(mapping, sheet, next), true);
  return (
    <section className={table ? 'sheet-card' : 'sheet-card unused'} aria-labelledby={`${id}-name`}>
      <div className="sheet-head">
        <h3 id={`${id}-name`}>
          {sheet.source} <span className="muted">· {t('exchange.wizard.rows', { count: sheet.rowCount })}</span>
        </h3>
        <label>
          {t('exchange.wizard.readAs')}
          <select value={table ?? ''} onChange={(e) => chooseTable(e.target.value === '' ? null : (e.target.value as TableKind))}>
            <option value="">{t('exchange.wizard.notImported')}</option>
            {TABLE_KINDS.map((k) => (
              <option key={k} value={k}>
                {tableLabel(k, t)}
              </option>
            ))}
          </select>
        </label>
        {table && (
          <label>
            {t('exchange.wizard.headerRow')}
            <input
              type="number"
              min={1}
              max={1000}
              value={headerRow}
              className="narrow"
              onChange={(e) => onMapping(setHeaderRow(mapping, table, Number(e.target.value)), true)}
            />
          </label>
        )}
      </div>
      <div className="sheet-scroll">
        <table className="data-table sheet-preview">
          <thead>
            {table && (
              <tr className="column-map">
                {sheet.headers.map((h, i) => {
                  const field = fieldOfColumn(mapping, table, h);
                  return (
                    <th key={i}>
                      <select
                        aria-label={t('exchange.wizard.columnFills', { column: h })}
                        value={field ?? ''}
                        onChange={(e) => onMapping(setColumn(mapping, table, h, e.target.value === '' ? null : e.target.value), true)}
                      >
                        <option value="">{t('exchange.wizard.attribute', { column: h })}</option>
                        {fields.map((f) => (
                          <option key={f} value={f}>
                            {fieldLabel(table, f, t)}
                          </option>
                        ))}
                      </select>
                    </th>
                  );
                })}
              </tr>
            )}
            <tr>
              {sheet.headers.map((h, i) => (
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sheet.rows.slice(0, PREVIEW_ROWS).map((row, r) => (
              <tr key={r}>
                {sheet.headers.map((_, c) => (
                  <td key={c}>{row[c] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
