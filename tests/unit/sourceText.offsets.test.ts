import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createPositionFinder, offsetOfPosition, readSourceText } from '../../src/lib/credentials/sourceText';

describe('offsetOfPosition', () => {
  it('finds a line and column the way the parsers count them', () => {
    const text = "export A='1'\nexport B='22'\n";
    expect(offsetOfPosition(text, 1, 1)).toBe(0);
    expect(offsetOfPosition(text, 2, 8)).toBe(text.indexOf("B='22'"));
  });

  it('clamps to the line: past its end is the end of that line, not the next one', () => {
    expect(offsetOfPosition('ab\ncd', 1, 99)).toBe(2);
    expect(offsetOfPosition('ab\ncd', 9, 1)).toBe(3);
    expect(offsetOfPosition('ab\ncd', 0, 0)).toBe(0);
  });

  it('counts a byte-order mark the editor holds but the parsers skip', () => {
    expect(offsetOfPosition('\ufeffab', 1, 2)).toBe(2);
  });

  it('inverts the parsers’ position finder for every offset of any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\r', ' ') }), fc.nat(), (text, n) => {
        const source = readSourceText(text);
        const offset = source.text.length === 0 ? 0 : n % (source.text.length + 1);
        const { line, column } = createPositionFinder(source)(offset);
        const back = offsetOfPosition(source.text, line, column);
        // A line ending (one or two characters) maps to its line's end: every other offset round-trips.
        expect(createPositionFinder(source)(back)).toEqual({ line, column });
      }),
    );
  });
});
