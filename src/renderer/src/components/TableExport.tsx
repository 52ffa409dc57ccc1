import { useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { tableTsv } from '../../../core/export-tables/clipboard-text';
import { panelTable, panelTableTitle, type PanelTableInput } from '../../../core/export-tables/panel-tables';
import { tableFileName, type ExportTable, type TableFileFormat } from '../../../core/export-tables/table';
import { tableWords, type TableWords } from '../../../core/export-tables/words';
import { isUserError, UserError } from '../../../core/errors';
import type { Language } from '../../../core/i18n/catalogue';
import { formatUserError } from '../../../core/wording/format-error';
import { useActions, useAppStatus } from '../app';
import { translatorOf } from '../i18n';
import { copyText } from './TableExportCopy';
import './TableExport.css';

type Note = { text: string; alert: boolean } | null;

/**
 * The buttons beside every analysis table: "Kopiér" puts the whole table on the clipboard as
 * tab-separated text with its header row, the numbers in the reader's decimal mark, ready to
 * paste into Excel; "Gem som CSV …" and "Gem som XLSX …" ask where and let the engine write the
 * file. The table is read off the rows the panel shows (all of them, in the panel's order) only
 * when a button is pressed, so a table of thousands of actors costs nothing until then.
 */
export function TableExport(input: PanelTableInput) {
  const { t, i18n } = useTranslation();
  const actions = useActions();
  const { info } = useAppStatus();
  const project = useSyncExternalStore(actions.project.subscribe, actions.project.getState).project;
  const lang: Language = i18n.language === 'en' ? 'en' : 'da';
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);

  // worded afresh when the language changes (the i18n instance stays the same)
  const words: TableWords | null = useMemo(() => (project ? tableWords(project.data, { ...translatorOf(i18n), lang }) : null), [project, i18n, lang]);
  if (!words || !project) return null;
  const title = panelTableTitle(input, words);
  const build = (): ExportTable => panelTable(input, words);
  const describe = (e: unknown) => formatUserError(isUserError(e) ? e : new UserError('io', 'errors.unexpected', { detail: String(e) }), translatorOf(i18n), 'form');

  const copy = async () => {
    const table = build();
    const copied = await copyText(tableTsv(table, lang));
    setNote(copied ? { text: t('exportTables.buttons.copied', { count: table.rows.length }), alert: false } : { text: t('exportTables.buttons.copyFailed'), alert: true });
  };
  const save = async (format: TableFileFormat) => {
    const table = build();
    const path = await actions.askPath(format === 'csv' ? 'tableCsv' : 'tableXlsx', tableFileName(project.data.meta.name, table.title, format));
    if (!path) return;
    setBusy(true);
    try {
      // a native dialog has asked before replacing a file; the path prompt never replaces one
      const saved = await actions.api.saveTable({ path, format, table, overwrite: Boolean(info?.nativeDialogs) });
      setNote({ text: t('exportTables.buttons.saved', { file: saved.path }), alert: false });
    } catch (e) {
      setNote({ text: t('exportTables.buttons.failed', { message: describe(e) }), alert: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="table-export" role="group" aria-label={t('exportTables.buttons.group', { title })} data-testid={`table-export-${input.table}`}>
      <div className="table-export-buttons">
        <button type="button" className="ghost" title={t('exportTables.buttons.copyTitle')} onClick={() => void copy()}>
          {t('exportTables.buttons.copy')}
        </button>
        <button type="button" className="ghost" disabled={busy} onClick={() => void save('csv')}>
          {t('exportTables.buttons.saveCsv')}
        </button>
        <button type="button" className="ghost" disabled={busy} onClick={() => void save('xlsx')}>
          {t('exportTables.buttons.saveXlsx')}
        </button>
      </div>
      {note && (
        <p className={note.alert ? 'table-export-note field-error' : 'table-export-note muted'} role={note.alert ? 'alert' : 'status'}>
          {note.text}
        </p>
      )}
    </div>
  );
}
