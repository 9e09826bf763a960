/**
 * A fast path for the YAML that credentials files actually contain: nested block mappings of
 * plain or single-quoted one-line values. The full `yaml` parser is correct for everything but
 * costs several times more on large inputs, which matters when the editor re-validates on every
 * keystroke. Anything outside this small subset returns `undefined`, and the caller falls back to
 * the full parser (which also reports syntax errors). Tests check both paths agree.
 */
import type { Entry, ParsedEntries } from './entry';
import type { SourceRange } from './problems';
import type { SourceText } from './sourceText';

const LINE = /^( *)([A-Za-z_][\w.-]*):(?:( +)(.*))?$/;
const NULLS = new Set(['~', 'null', 'Null', 'NULL']);
const PLACEHOLDER = /^\$\{[^}]+\}$/;
// Characters that start something other than a plain scalar (YAML indicators).
const NOT_PLAIN_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

interface Level {
  indent: number;
  path: string;
}

/** The value part of a `key: value` line: text, and its start/end within the line. */
function readValue(raw: string, at: number): { value: string; start: number; end: number } | undefined {
  if (raw.startsWith("'")) {
    let k = 1;
    let value = '';
    for (;;) {
      const close = raw.indexOf("'", k);
      if (close < 0) return undefined;
      value += raw.slice(k, close);
      if (raw[close + 1] === "'") {
        value += "'";
        k = close + 2;
        continue;
      }
      const rest = raw.slice(close + 1);
      if (!/^(?:[ \t]+(?:#.*)?)?$/.test(rest)) return undefined;
      return { value, start: at, end: at + close + 1 };
    }
  }
  if (NOT_PLAIN_START.test(raw)) return undefined;
  const comment = /[ \t]#/.exec(raw);
  const text = (comment ? raw.slice(0, comment.index) : raw).replace(/[ \t]+$/, '');
  if (text.includes(': ') || text.endsWith(':') || text.includes('\t')) return undefined;
  return { value: NULLS.has(text) ? '' : text, start: at, end: at + text.length };
}

export function tryParseSimpleYaml(source: SourceText): ParsedEntries | undefined {
  const entries: Entry[] = [];
  // Open mappings from the root down; each knows its keys' indentation and path prefix.
  const stack: Level[] = [{ indent: 0, path: '' }];
  /** Set after `key:` with nothing behind it: the next deeper line opens its children. */
  let open: { path: string; indent: number; keyRange: SourceRange } | undefined;

  const closeOpen = (): void => {
    if (!open) return;
    const { keyRange } = open;
    entries.push({
      key: open.path,
      value: '',
      keyRange,
      // Like the full parser: the empty value is marked on the ":" so that an editor can show it.
      valueRange: { line: keyRange.endLine, column: keyRange.endColumn, endLine: keyRange.endLine, endColumn: keyRange.endColumn + 1 },
      quoting: 'structured',
    });
    open = undefined;
  };

  for (const { text, number } of source.lines) {
    const trimmed = text.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) {
      if (/^[ ]*(#.*)?$/.test(text)) continue;
      return undefined; // tabs and other blanks in indentation
    }
    const m = LINE.exec(text);
    if (!m) return undefined;
    const indent = m[1].length;
    const name = m[2];
    if (NULLS.has(name)) return undefined;

    if (open && indent > open.indent) {
      stack.push({ indent, path: open.path });
      open = undefined;
    } else {
      closeOpen();
      while (stack[stack.length - 1].indent > indent) stack.pop();
      if (stack[stack.length - 1].indent !== indent) return undefined;
    }
    const prefix = stack[stack.length - 1].path;
    const path = prefix ? `${prefix}.${name}` : name;
    const keyRange: SourceRange = { line: number, column: indent + 1, endLine: number, endColumn: indent + 1 + name.length };

    const rawValue = m[4] ?? '';
    if (rawValue.startsWith('#')) return undefined; // rare; the full parser places its empty value oddly
    if (rawValue === '') {
      open = { path, indent, keyRange };
      continue;
    }
    const valueAt = indent + name.length + 1 + m[3].length;
    const value = readValue(rawValue, valueAt);
    if (!value) return undefined;
    const entry: Entry = {
      key: path,
      value: value.value,
      keyRange,
      valueRange: { line: number, column: value.start + 1, endLine: number, endColumn: value.end + 1 },
      quoting: 'structured',
    };
    if (PLACEHOLDER.test(entry.value)) entry.reference = true;
    entries.push(entry);
  }
  closeOpen();
  return { entries, problems: [] };
}
