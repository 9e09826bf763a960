/**
 * Line bookkeeping shared by the parsers: the text is split once, and offsets turn into
 * 1-based line/column pairs by binary search.
 */
import type { SourceRange } from './problems';

export interface SourceLine {
  /** 1-based line number. */
  number: number;
  /** The line's text without its line ending. */
  text: string;
  /** Offset of the line's first character in the (BOM-free) text. */
  start: number;
}

export interface SourceText {
  /** The text with a leading byte-order mark removed (editors hide it, so columns skip it). */
  text: string;
  hadBom: boolean;
  /** True when some line ends with CR LF or a lone CR. */
  hadCarriageReturns: boolean;
  lines: SourceLine[];
}

export function readSourceText(input: string): SourceText {
  const hadBom = input.charCodeAt(0) === 0xfeff;
  const text = hadBom ? input.slice(1) : input;
  const lines: SourceLine[] = [];
  let hadCarriageReturns = false;
  let start = 0;
  let number = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || ch === 13) {
      lines.push({ number: number++, text: text.slice(start, i), start });
      if (ch === 13) {
        hadCarriageReturns = true;
        if (text.charCodeAt(i + 1) === 10) i++;
      }
      start = i + 1;
    }
  }
  lines.push({ number, text: text.slice(start), start });
  return { text, hadBom, hadCarriageReturns, lines };
}

/** Converts offsets in `SourceText.text` to 1-based positions. */
export function createPositionFinder(source: SourceText): (offset: number) => { line: number; column: number } {
  const { lines } = source;
  return (offset) => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const line = lines[lo];
    const column = Math.min(Math.max(offset - line.start, 0), line.text.length) + 1;
    return { line: line.number, column };
  };
}

/** A range inside one line, from 0-based start (inclusive) to end (exclusive) indices. */
export function rangeOnLine(line: number, start: number, end: number): SourceRange {
  return { line, column: start + 1, endLine: line, endColumn: Math.max(end, start) + 1 };
}

/** The first line of the text, for problems about the file as a whole. */
export function firstLineRange(source: SourceText): SourceRange {
  const first = source.lines[0];
  return rangeOnLine(1, 0, Math.max(first ? first.text.length : 0, 1));
}

/**
 * The inverse, for editors: the offset in `input` (as the editor holds it, byte-order mark and
 * all) of a 1-based line and column that the parsers reported, clamped to that line.
 */
export function offsetOfPosition(input: string, line: number, column: number): number {
  const source = readSourceText(input);
  const found = source.lines[Math.min(Math.max(line, 1), source.lines.length) - 1];
  const within = Math.min(Math.max(column - 1, 0), found.text.length);
  return found.start + within + (source.hadBom ? 1 : 0);
}
