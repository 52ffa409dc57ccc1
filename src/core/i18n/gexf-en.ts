import type { gexfDa } from './gexf-da';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** What the GEXF reader says about a file it cannot read, in English (Danish in gexf-da.ts). */
export const gexfEn: Shape<typeof gexfDa> = {
  notGexf: '{{file}} is not a GEXF file: its root element is <{{root}}>, not <gexf>.',
  unknownType:
    'type "{{type}}" is not a GEXF type (integer, long, short, byte, float, double, bigdecimal, biginteger, boolean, string, char, anyURI, date or a list type such as liststring)',
  unknownClass: '<attributes class="{{value}}"> is for neither node nor edge',
  declarationWithoutId: '<attribute> no. {{n}} of <attributes class="{{class}}"> has no id',
  undeclared: 'no <attribute id="{{id}}"> is declared for <{{element}}>',
  repeatedValue: 'the value for the attribute "{{id}}" is given more than once',
  duplicateTitle: 'another attribute already declares "{{name}}" for <{{element}}>',
  defaultEdgeType: 'defaultedgetype "{{value}}" is neither directed, undirected nor mutual',
  colourChannel: '{{channel}}="{{value}}" is not a whole number from 0 to 255',
  colourHex: 'hex="{{value}}" is not a colour (write #rrggbb)',
  coordinate: '{{axis}}="{{value}}" is not a number',
};
