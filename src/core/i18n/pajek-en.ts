import type { pajekDa } from './pajek-da';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** What the Pajek reader and writer say, in English (Danish in pajek-da.ts). */
export const pajekEn: Shape<typeof pajekDa> = {
  notPajek: '{{file}} is not a Pajek network: it has no *Vertices line.',
  beforeVertices: 'the line comes before any *Vertices line, so its vertex numbers mean nothing',
  unknownSection:
    'Brobygger does not know the section "{{section}}" (Pajek’s sections are *Network, *Vertices, *Arcs, *Edges, *Arcslist, *Edgeslist, *Matrix, *Partition and *Vector)',
  secondVertices: 'the network already has a *Vertices line (line {{line}})',
  badCount: '"{{value}}" is not a number of vertices (a whole number from 0)',
  tooManyVertices: 'a network of {{count, number}} vertices is more than Brobygger reads (at most {{max, number}})',
  badFirstMode: 'the first mode has {{first}} vertices, but the network has only {{count}}',
  notAVertex: '"{{value}}" is not a vertex number',
  vertexOutOfRange: 'vertex {{value}} does not exist: the network has vertices 1 to {{count}}',
  vertexAgain: 'vertex {{value}} is already listed (line {{line}})',
  unclosedQuote: 'a quoted text is not closed on the line',
  missingEnd: 'a line needs two vertex numbers',
  missingValue: '"{{name}}" has no value',
  weightNotPositive: 'the weight {{value}} is not above 0, and a tie’s strength must be positive (leave the weight out for a tie without one)',
  sameMode:
    'in a two-mode network every line joins one of vertices 1–{{first}} (persons) to one of {{next}}–{{count}} (organisations), but {{a}} and {{b}} are on the same side',
  matrixRow: 'the row has {{found}} values, but the matrix needs {{expected}}',
  matrixRows: 'the matrix has {{found}} rows, but the network needs {{expected}}',
  listCount: 'the list has {{found}} values, but its *Vertices line says {{expected}}',
  membershipsTitle: 'memberships',
  kindPartition: 'kind of actor',
  sectorPartition: 'sector',
  noSector: 'no sector',
};
