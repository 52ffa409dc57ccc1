import Papa from 'papaparse';
import { decodeText } from '../../text/decode';
import type { FileBytes } from '../files';
import { IMPORT_MAPPING_FORMAT, type ImportMapping } from './mapping';
import type { ImportPreview } from './preview';

// DEVELOPMENT ONLY: replaced by the tables reader's preview when that branch merges.
export function previewTables(files: readonly FileBytes[], format: 'csv' | 'xlsx', mapping?: ImportMapping): Promise<ImportPreview> {
  const sheets = files.map((f) => {
    const rows: string[][] = [];
    Papa.parse<string[]>(decodeText(f.bytes, f.name).text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', step: (r) => void rows.push(r.data) });
    const name = f.name.replace(/^.*[\\/]/, '').replace(/\.csv$/i, '');
    const table = (['actors', 'ties', 'memberships'] as const).find((t) => t === name) ?? null;
    return { source: f.name, table, headerRow: 1, headers: rows[0] ?? [], rows: rows.slice(1, 21), rowCount: rows.length - 1 };
  });
  return Promise.resolve({
    file: files[0]?.name ?? '',
    format,
    sheets,
    mapping: mapping ?? { format: IMPORT_MAPPING_FORMAT, version: 1, tables: {}, unknownCodes: 'add' },
    values: { actors: { sector: [{ written: 'Frivillig', count: 3, mapped: null }, { written: 'Kommune', count: 2, mapped: 'municipal' }] } },
    fields: { actors: ['id', 'label', 'kind', 'sector', 'notes'], ties: ['id', 'source', 'target', 'type', 'strength'], memberships: ['person', 'organisation', 'role'] },
  });
}
