/** Reading tables of field data (CSV files, XLSX workbooks), in English; see tables-da.ts. */
export const tablesEn = {
  notAWorkbook: '{{file}} is not an Excel workbook (.xlsx). Save it as .xlsx in Excel, or choose CSV as the format.',
  unreadableWorkbook: '{{file}} could not be read as an Excel workbook; the file may be damaged. Open it and save it again in Excel.',
  noTables: '{{file}} has no sheet or file that can be read as actors or ties.',
  emptySheet: 'the sheet is empty; its first row must name the columns ({{columns}})',
  unknownSheet: 'the mapping names the sheet or file "{{source}}", which does not exist; there are: {{found}}',
  unknownCode: '"{{value}}" is not in the codebook ({{list}}); add it, or map it to a known value',
  unknownList: 'the list "{{value}}" does not exist; use one of: {{accepted}}',
  notAColour: '"{{value}}" is not a colour (write #RRGGBB)',
  mappedColumnMissing: 'the mapping reads {{field}} from the column "{{column}}", which the sheet does not have; it has: {{found}}',
  seatsWithoutForums: 'seats belong to forums, but the file has no table of forums (id, label); add one, or leave the seats out',
  unknownForum: 'the forum "{{id}}" is not in the table of forums',
  unknownSeatRole: '"{{value}}" is not a role in a forum; use one of: {{accepted}}',
};
