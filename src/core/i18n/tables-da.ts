/** Reading tables of field data (CSV files, XLSX workbooks), in Danish; see tables-en.ts. */
export const tablesDa = {
  notAWorkbook: '{{file}} er ikke en Excel-projektmappe (.xlsx). Gem filen som .xlsx i Excel, eller vælg CSV som format.',
  unreadableWorkbook: '{{file}} kunne ikke læses som en Excel-projektmappe; filen er måske beskadiget. Åbn og gem den igen i Excel.',
  noTables: '{{file}} har ingen ark eller filer, der kan læses som aktører eller relationer.',
  emptySheet: 'arket er tomt; dets første række skal navngive kolonnerne ({{columns}})',
  unknownSheet: 'tilknytningen nævner arket eller filen "{{source}}", som ikke findes; der er: {{found}}',
  unknownCode: '"{{value}}" findes ikke i kodebogen ({{list}}); tilføj den, eller tilknyt den til en kendt værdi',
  unknownList: 'listen "{{value}}" findes ikke; brug en af: {{accepted}}',
  notAColour: '"{{value}}" er ikke en farve (skriv #RRGGBB)',
  mappedColumnMissing: 'tilknytningen læser {{field}} fra kolonnen "{{column}}", som arket ikke har; det har: {{found}}',
  seatsWithoutForums: 'pladserne hører til fora, men filen har ingen tabel med fora (id, navn); tilføj den, eller lad pladserne ude',
  unknownForum: 'forummet "{{id}}" findes ikke i tabellen med fora',
  unknownSeatRole: '"{{value}}" er ikke en rolle i et forum; brug en af: {{accepted}}',
};
