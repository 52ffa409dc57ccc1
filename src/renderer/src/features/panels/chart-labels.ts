/** A group's name in the E-I chart: its lines, each at most MAX_LABEL characters. */
export const MAX_LABEL = 22;

const shorten = (text: string) => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text);

/**
 * A group's name on at most two lines of MAX_LABEL characters, broken between words, so that a
 * name such as "Citizens / target group" is read whole; only what a third line would hold is
 * cut, with an ellipsis (and the whole name as the row's tooltip).
 */
export function labelLines(text: string): string[] {
  if (text.length <= MAX_LABEL) return [text];
  const words = text.split(' ');
  let first = '';
  let i = 0;
  for (; i < words.length; i++) {
    const next = first ? `${first} ${words[i] as string}` : (words[i] as string);
    if (next.length > MAX_LABEL) break;
    first = next;
  }
  // one word longer than a line: cut it on the first line
  if (!first) return [shorten(text)];
  return [first, shorten(words.slice(i).join(' '))];
}
