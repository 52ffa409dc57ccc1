/**
 * What the GEXF reader says about a file it cannot read, in Danish (English in gexf-en.ts). Places
 * (knude "12", kant 57, attribut "kind") are worded by the field-data catalogue.
 */
export const gexfDa = {
  notGexf: '{{file}} er ikke en GEXF-fil: rodelementet er <{{root}}>, ikke <gexf>.',
  unknownType:
    'typen "{{type}}" er ikke en GEXF-type (integer, long, short, byte, float, double, bigdecimal, biginteger, boolean, string, char, anyURI, date eller en liste-type som liststring)',
  unknownClass: '<attributes class="{{value}}"> gælder hverken node eller edge',
  declarationWithoutId: '<attribute> nr. {{n}} under <attributes class="{{class}}"> har intet id',
  undeclared: 'ingen <attribute id="{{id}}"> er erklæret for <{{element}}>',
  repeatedValue: 'værdien for attributten "{{id}}" er angivet mere end én gang',
  duplicateTitle: 'en anden attribut erklærer allerede "{{name}}" for <{{element}}>',
  defaultEdgeType: 'defaultedgetype "{{value}}" er hverken directed, undirected eller mutual',
  colourChannel: '{{channel}}="{{value}}" er ikke et helt tal fra 0 til 255',
  colourHex: 'hex="{{value}}" er ikke en farve (skriv #rrggbb)',
  coordinate: '{{axis}}="{{value}}" er ikke et tal',
};
