/**
 * Reads Spring `application.yaml` with the `yaml` package, flattening nested maps to dotted keys
 * so that `camunda: {client: {mode: saas}}` and `camunda.client.mode=saas` mean the same thing.
 */
import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node, type Pair } from 'yaml';
import type { Entry, ParsedEntries } from './entry';
import { createProblem, type Problem, type SourceRange } from './problems';
import { tryParseSimpleYaml } from './parseSimpleYaml';
import { createPositionFinder, type SourceText } from './sourceText';

const PLACEHOLDER = /^\$\{[^}]+\}$/;

const MAX_REPORTED_ERRORS = 20;

/** Flow collections (`[`, `{`) nested deeper than this are refused before the library sees them. */
const MAX_FLOW_DEPTH = 64;

/**
 * The deepest nesting of `[`/`{` outside quotes and comments, with the offset where the limit is
 * passed. Deep flow nesting makes the YAML library slow and, in the extreme, exhausts memory in a
 * way no `try` can catch, so such input must never reach it.
 */
function findDeepFlow(text: string): number | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === '\\' && quote === '"') i++;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (ch === '[' || ch === '{') {
      if (++depth > MAX_FLOW_DEPTH) return i;
    } else if ((ch === ']' || ch === '}') && depth > 0) depth--;
  }
  return undefined;
}

export function parseYaml(source: SourceText, options: { fastPath?: boolean } = {}): ParsedEntries {
  if (options.fastPath ?? true) {
    const simple = tryParseSimpleYaml(source);
    if (simple) return simple;
  }
  const deep = findDeepFlow(source.text);
  if (deep !== undefined) {
    const at = createPositionFinder(source)(deep);
    return {
      entries: [],
      problems: [
        createProblem('yaml-syntax', 'error', `Lists or maps in [ ] or { } are nested more than ${MAX_FLOW_DEPTH} levels deep here. A credentials file needs no such nesting: remove the extra brackets.`, {
          line: at.line, column: at.column, endLine: at.line, endColumn: at.column + 1,
        }),
      ],
    };
  }
  const entries: Entry[] = [];
  const problems: Problem[] = [];
  const positionOf = createPositionFinder(source);
  const rangeOf = (from: number, to: number): SourceRange => {
    // The library may point one past the end of the text; clamp first.
    let start = Math.min(from, source.text.length);
    let end = Math.min(to, source.text.length);
    if (end <= start) {
      // An empty span (often "at the end of the file") is invisible in an editor: widen it to the
      // last character before it.
      while (start > 0 && /[\r\n]/.test(source.text[start - 1] ?? '')) start--;
      end = start;
      start = Math.max(0, start - 1);
    }
    const a = positionOf(start);
    const b = positionOf(Math.max(end, start));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: Math.max(b.column, b.line === a.line ? a.column : 1) };
  };
  const nodeRange = (node: Node | null | undefined, fallback: SourceRange): SourceRange =>
    node?.range ? rangeOf(node.range[0], node.range[1]) : fallback;

  const documents = parseAllDocuments(source.text, { uniqueKeys: false, prettyErrors: false });
  const list: Document.Parsed[] = Array.isArray(documents) ? documents : [];
  for (const doc of list) {
    // Unclosed brackets yield one identical error each; report each distinct one once.
    const seen = new Set<string>();
    for (const error of doc.errors) {
      const key = `${error.code}@${error.pos[0]}`;
      if (seen.has(key) || seen.size >= MAX_REPORTED_ERRORS) continue;
      seen.add(key);
      problems.push(
        createProblem('yaml-syntax', 'error', describeYamlError(error.code, error.message), rangeOf(error.pos[0], error.pos[1])),
      );
    }
    const root = doc.contents;
    if (root === null || root === undefined) continue;
    if (!isMap(root)) {
      if (isScalar(root) && (root.value === null || root.value === '')) continue;
      problems.push(
        createProblem(
          'not-a-mapping',
          'error',
          'Expected keys with values (for example "camunda:" with nested keys, or a JSON object), not a single value or a list.',
          nodeRange(root as Node, rangeOf(0, 1)),
        ),
      );
      continue;
    }
    const walk = (pairs: Pair[], prefix: string, doc: Document.Parsed): void => {
      for (const pair of pairs) {
        const keyNode = pair.key as Node | null;
        const keyText = isScalar(keyNode) ? String(keyNode.value ?? '') : '';
        const key = prefix ? `${prefix}.${keyText}` : keyText;
        const keyRange = nodeRange(keyNode, rangeOf(0, 0));
        let value = pair.value as Node | null;
        if (isAlias(value)) value = (value.resolve(doc) as Node | undefined) ?? null;
        if (isMap(value)) {
          walk(value.items as Pair[], key, doc);
        } else if (isSeq(value)) {
          const items = value.items as Node[];
          if (items.every((item) => isScalar(item))) {
            pushEntry(key, items.map((item) => scalarText(item, source.text)).join(','), keyRange, nodeRange(value, keyRange));
          } else {
            items.forEach((item, index) => {
              if (isMap(item)) walk(item.items as Pair[], `${key}[${index}]`, doc);
              else pushEntry(`${key}[${index}]`, scalarText(item, source.text), keyRange, nodeRange(item, keyRange));
            });
          }
        } else {
          const valueRange = value
            ? nodeRange(value, keyRange)
            : { line: keyRange.endLine, column: keyRange.endColumn, endLine: keyRange.endLine, endColumn: keyRange.endColumn };
          pushEntry(key, scalarText(value, source.text), keyRange, valueRange);
        }
      }
    };
    walk(root.items as Pair[], '', doc);
  }
  return { entries, problems };

  function pushEntry(key: string, value: string, keyRange: SourceRange, valueRange: SourceRange): void {
    const entry: Entry = { key, value, keyRange, valueRange, quoting: 'structured' };
    if (PLACEHOLDER.test(value)) entry.reference = true;
    entries.push(entry);
  }
}

/** A scalar's text. Plain (unquoted) numbers and booleans keep their source spelling. */
function scalarText(node: Node | null | undefined, text: string): string {
  if (!node || !isScalar(node)) return '';
  const { value } = node;
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string' && node.type === 'PLAIN' && node.range) {
    const raw = text.slice(node.range[0], node.range[1]);
    if (!raw.includes('\n')) return raw.trim();
  }
  return typeof value === 'string' ? value : String(value);
}

function describeYamlError(code: string, message: string): string {
  // The library's wording is precise but terse; say how to fix the common cases.
  const firstLine = message.split('\n')[0];
  switch (code) {
    case 'BAD_INDENT':
    case 'TAB_AS_INDENT':
      return `${firstLine}. Indent nested keys with spaces, the same amount for keys at one level.`;
    case 'MISSING_CHAR':
      return `${firstLine}. Close the quote or bracket that was opened.`;
    case 'MULTILINE_IMPLICIT_KEY':
      return `${firstLine}. Each key needs a ":" followed by a space and its value on the same line.`;
    default:
      return `${firstLine}. Check the YAML syntax on this line.`;
  }
}
