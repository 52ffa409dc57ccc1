/**
 * The key of a new code (a sector, a target group, a custom attribute) made from its Danish name:
 * lower case, æ ø å spelt out, any other run of signs as one "_". The same name always gives the
 * same key, so a clash with an existing code can be shown while the name is typed.
 */
export function codeKeyOf(name: string): string {
  return name
    .trim()
    .toLocaleLowerCase('da')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_|_$/g, '');
}
