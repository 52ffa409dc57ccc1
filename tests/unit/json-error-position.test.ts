import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, lineAndColumn } from '../../src/core/format/json-error-position';

describe('finding where a text stops being JSON', () => {
  it('accepts what JSON.parse accepts', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e+3, true, false, null, "æ\\u00f8\\n"]} ', '"x"', '0', '-0.1E9'])
      expect({ text, offset: jsonErrorOffset(text) }).toEqual({ text, offset: null });
  });

  it('points at the first character JSON.parse would refuse', () => {
    const cases: Array<[string, number]> = [
      ['{"a": 1,}', 8],
      ['{"a" 1}', 5],
      ['[1 2]', 3],
      ['{"a": tru}', 6 + 3],
      ['{"a": "line\nbreak"}', 11],
      ['{"a": 01}', 7],
      ['{"a": 1} x', 9],
      ['', 0],
      ['{"a": "\\q"}', 8],
    ];
    for (const [text, offset] of cases) {
      expect(() => {
        JSON.parse(text);
      }).toThrow();
      expect({ text, offset: jsonErrorOffset(text) }).toEqual({ text, offset });
    }
  });

  it('counts lines and columns from 1', () => {
    const text = '{\n  "actors": [}\n}';
    expect(lineAndColumn(text, jsonErrorOffset(text) ?? -1)).toEqual({ line: 2, column: 14 });
  });
});
