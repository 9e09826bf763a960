/**
 * POSIX shell values and `export NAME='value'` lines: the Console's download, the shell snippet
 * and command-line arguments in snippets all quote through here.
 */
import type { Segment } from '../snippets/segments';
import { quoteSegments, quoteText, type Escapable, type Quoting } from './quoting';

const hasLineBreak = (value: string) => /[\n\r]/.test(value);
const ANSI_C_ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Single quotes keep everything literal; a `'` inside is written `'\''`. A line break cannot sit
 * inside a line-based file, so such values use bash's `$'…'` quoting with backslash escapes.
 */
const SHELL_QUOTING: Quoting = {
  open: (value) => (hasLineBreak(value) ? "$'" : "'"),
  close: () => "'",
  escape: (value, i) => {
    const c = value[i];
    if (hasLineBreak(value)) return ANSI_C_ESCAPES[c] ?? c;
    return c === "'" ? `'\\''` : c;
  },
};

const shellQuote = (value: string): string => quoteText(value, SHELL_QUOTING);
export const shellQuoted = (input: Escapable): Segment[] => quoteSegments(input, SHELL_QUOTING);

/** One `export NAME='value'` line, without its line break. */
export function exportLine(name: string, value: Escapable): Segment[] {
  return [{ text: `export ${name}=` }, ...shellQuoted(value)];
}

/** A whole file of export lines, each ending with a line break. */
export function writeExports(entries: readonly (readonly [string, string])[]): string {
  return entries.map(([name, value]) => `export ${name}=${shellQuote(value)}\n`).join('');
}
