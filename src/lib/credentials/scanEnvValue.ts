/**
 * Value scanners for the two dialects of env files: a POSIX shell word (the Console file) and a
 * dotenv value. Runs of ordinary characters are taken with one sticky regex each, so a very long
 * value costs one pass, not one string append per character.
 */
import type { Quoting } from './entry';
import { createProblem, type Problem } from './problems';
import { rangeOnLine } from './sourceText';

interface ScannedValue {
  value: string;
  end: number;
  quoting: Quoting;
  expands: boolean;
}

export type ScanResult = ScannedValue | Problem;

const EXPANSION_START = /[A-Za-z0-9_{(@*#?$!-]/;
// Ordinary characters: those that end or change the meaning of a shell word are excluded.
const SHELL_PLAIN_RUN = /[^\s'"\\$`;|&<>()]+/y;
const DOUBLE_QUOTED_RUN = /[^"\\$`]+/y;

export function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end;
}

function takeRun(pattern: RegExp, text: string, at: number): string {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  return match ? match[0] : '';
}

const QUOTE_NAMES: Record<string, string> = { "'": 'single quote', '"': 'double quote', '`': 'backtick', "$'": "$' quote" };

function unterminated(number: number, start: number, text: string, key: string, quote: string): Problem {
  const closing = quote === "$'" ? "'" : quote;
  return createProblem(
    'unterminated-quote',
    'error',
    `The value of ${key} opens a ${QUOTE_NAMES[quote]} that is never closed on this line. Add the closing ${closing} at the end of the value.`,
    rangeOnLine(number, start, Math.max(trimmedEnd(text), start + 1)),
    key,
  );
}

function mergeQuoting(current: Quoting | undefined, next: Quoting): Quoting {
  return current === undefined || current === next ? next : 'mixed';
}

const ANSI_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', "'": "'", '"': '"' };

/** One shell word: concatenated unquoted, '…', "…" and $'…' pieces. */
/** Where `$(…)` (balanced, quotes respected) or `` `…` `` that starts at `at` ends; the line's end if unclosed. */
function commandEnd(text: string, at: number): number {
  if (text[at] === '`') {
    const close = text.indexOf('`', at + 1);
    return close < 0 ? text.length : close + 1;
  }
  let depth = 0;
  let quote = '';
  for (let k = at + 1; k < text.length; k++) {
    const ch = text[k];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return k + 1;
  }
  return text.length;
}

/** The inside of a double-quoted shell string from `from`, up to its closing quote; null if it never closes. */
function scanDoubleQuoted(text: string, from: number): { value: string; close: number; expands: boolean } | null {
  let value = '';
  let expands = false;
  let k = from;
  while (k < text.length) {
    const run = takeRun(DOUBLE_QUOTED_RUN, text, k);
    if (run) {
      value += run;
      k += run.length;
      continue;
    }
    const ch = text[k];
    if (ch === '\\' && k + 1 < text.length && '$`"\\'.includes(text[k + 1])) {
      value += text[k + 1];
      k += 2;
      continue;
    }
    if (ch === '"') return { value, close: k, expands };
    if ((ch === '$' && EXPANSION_START.test(text[k + 1] ?? '')) || ch === '`') expands = true;
    value += ch;
    k++;
  }
  return null;
}

/** The inside of bash's `$'…'` from `from`, with its backslash escapes; null if it never closes. */
function scanAnsiC(text: string, from: number): { value: string; close: number } | null {
  let value = '';
  let k = from;
  while (k < text.length) {
    const ch = text[k];
    if (ch === '\\' && k + 1 < text.length) {
      const next = text[k + 1];
      value += ANSI_ESCAPES[next] ?? `\\${next}`;
      k += 2;
      continue;
    }
    if (ch === "'") return { value, close: k };
    value += ch;
    k++;
  }
  return null;
}

export function scanShellValue(text: string, start: number, number: number, key: string): ScanResult {
  let value = '';
  let quoting: Quoting | undefined;
  let expands = false;
  let j = start;
  while (j < text.length) {
    const c = text[j];
    if (c === ' ' || c === '\t' || c === ';' || '|&<>()'.includes(c)) break;
    if (c === "'") {
      const close = text.indexOf("'", j + 1);
      if (close < 0) return unterminated(number, j, text, key, "'");
      value += text.slice(j + 1, close);
      quoting = mergeQuoting(quoting, 'single');
      j = close + 1;
    } else if (c === '"') {
      const part = scanDoubleQuoted(text, j + 1);
      if (!part) return unterminated(number, j, text, key, '"');
      value += part.value;
      expands ||= part.expands;
      quoting = mergeQuoting(quoting, 'double');
      j = part.close + 1;
    } else if (c === '$' && text[j + 1] === "'") {
      const part = scanAnsiC(text, j + 2);
      if (!part) return unterminated(number, j, text, key, "$'");
      value += part.value;
      quoting = mergeQuoting(quoting, 'single');
      j = part.close + 1;
    } else if ((c === '$' && text[j + 1] === '(') || c === '`') {
      // A command substitution is one word however many spaces it holds; keep it whole.
      const end = commandEnd(text, j);
      value += text.slice(j, end);
      expands = true;
      quoting = mergeQuoting(quoting, 'none');
      j = end;
    } else if (c === '\\') {
      if (j + 1 >= text.length) {
        return createProblem(
          'unexpected-text',
          'error',
          `The value of ${key} ends with a backslash, which would continue it on the next line. Put the whole value on one line in single quotes.`,
          rangeOnLine(number, j, j + 1),
          key,
        );
      }
      value += text[j + 1];
      quoting = mergeQuoting(quoting, 'none');
      j += 2;
    } else {
      const run = takeRun(SHELL_PLAIN_RUN, text, j);
      if (run) {
        value += run;
        j += run.length;
      } else {
        if ((c === '$' && EXPANSION_START.test(text[j + 1] ?? '')) || c === '`') expands = true;
        value += c;
        j++;
      }
      quoting = mergeQuoting(quoting, 'none');
    }
  }
  return { value, end: j, quoting: quoting ?? 'none', expands };
}

const DOTENV_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', '"': '"', $: '$' };

/** A dotenv value: one quoted string, or the rest of the line up to a ` #` comment. */
export function scanDotenvValue(text: string, start: number, number: number, key: string): ScanResult {
  const c = text[start];
  if (c === "'" || c === '`') {
    const close = text.indexOf(c, start + 1);
    if (close < 0) return unterminated(number, start, text, key, c);
    return { value: text.slice(start + 1, close), end: close + 1, quoting: 'single', expands: false };
  }
  if (c === '"') {
    let value = '';
    let k = start + 1;
    while (k < text.length) {
      const ch = text[k];
      if (ch === '\\' && k + 1 < text.length) {
        const next = text[k + 1];
        value += DOTENV_ESCAPES[next] ?? `\\${next}`;
        k += 2;
        continue;
      }
      if (ch === '"') return { value, end: k + 1, quoting: 'double', expands: false };
      value += ch;
      k++;
    }
    return unterminated(number, start, text, key, '"');
  }
  let end = text.length;
  for (let k = start; k < text.length; k++) {
    if (text[k] === '#' && k > start && (text[k - 1] === ' ' || text[k - 1] === '\t')) {
      end = k;
      break;
    }
  }
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return { value: text.slice(start, end), end, quoting: 'none', expands: false };
}
