/**
 * What the Pajek reader and writer say, in Danish (English in pajek-en.ts): why a `.net` or
 * `.paj` file is refused, line by line, and the words the written files carry.
 */
export const pajekDa = {
  notPajek: '{{file}} er ikke et Pajek-netværk: den har ingen *Vertices-linje.',
  beforeVertices: 'linjen kommer før nogen *Vertices-linje, så dens knudenumre betyder ingenting',
  unknownSection:
    'Brobygger kender ikke afsnittet "{{section}}" (Pajeks afsnit er *Network, *Vertices, *Arcs, *Edges, *Arcslist, *Edgeslist, *Matrix, *Partition og *Vector)',
  secondVertices: 'netværket har allerede en *Vertices-linje (linje {{line}})',
  badCount: '"{{value}}" er ikke et antal knuder (et helt tal fra 0)',
  tooManyVertices: 'et netværk med {{count, number}} knuder er mere, end Brobygger læser (højst {{max, number}})',
  badFirstMode: 'den første tilstand har {{first}} knuder, men netværket har kun {{count}}',
  notAVertex: '"{{value}}" er ikke et knudenummer',
  vertexOutOfRange: 'knude {{value}} findes ikke: netværket har knuderne 1 til {{count}}',
  vertexAgain: 'knude {{value}} står der allerede (linje {{line}})',
  unclosedQuote: 'en tekst i anførselstegn lukkes ikke på linjen',
  missingEnd: 'en linje skal have to knudenumre',
  missingValue: '"{{name}}" mangler sin værdi',
  weightNotPositive: 'vægten {{value}} er ikke over 0, og en relations styrke skal være positiv (udelad vægten for en relation uden styrke)',
  sameMode:
    'i et netværk med to tilstande forbinder hver linje en af knuderne 1–{{first}} (personer) med en af {{next}}–{{count}} (organisationer), men {{a}} og {{b}} er på samme side',
  matrixRow: 'rækken har {{found}} værdier, men matricen skal have {{expected}}',
  matrixRows: 'matricen har {{found}} rækker, men netværket skal have {{expected}}',
  listCount: 'listen har {{found}} værdier, men dens *Vertices-linje siger {{expected}}',
  membershipsTitle: 'medlemskaber',
  kindPartition: 'aktørtype',
  sectorPartition: 'sektor',
  noSector: 'ingen sektor',
};
