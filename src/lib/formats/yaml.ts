/** YAML scalars and nested keys: Spring's `application.yaml`, Docker Compose and Kubernetes. */
import type { Segment } from '../snippets/segments';
import { jsonEscape, quoteSegments, type Escapable, type Quoting } from './quoting';

const hasControlChars = (value: string) => /[\u0000-\u0008\u000a-\u001f\u007f]/.test(value);
/**
 * Single quotes keep backslashes readable (only `'` doubles); double quotes (JSON escapes, which
 * YAML reads) only when a control character forces escapes.
 */
const YAML_QUOTING: Quoting = {
  open: (value) => (hasControlChars(value) ? '"' : "'"),
  close: (value) => (hasControlChars(value) ? '"' : "'"),
  escape: (value, i) => (hasControlChars(value) ? jsonEscape(value, i) : value[i] === "'" ? "''" : value[i]),
};

export const yamlQuoted = (input: Escapable): Segment[] => quoteSegments(input, YAML_QUOTING);

/** Docker Compose interpolates `$` in values; `$$` is its literal dollar. */
export function composeQuoted(input: Escapable): Segment[] {
  const doubled = (text: string) => text.replace(/\$/g, '$$$$');
  const parts = (Array.isArray(input) ? input : [input]) as readonly (string | Segment | { value: string; secret: boolean })[];
  return yamlQuoted(
    parts.map((p) => (typeof p === 'string' ? doubled(p) : 'value' in p ? { ...p, value: doubled(p.value) } : { ...p, text: doubled(p.text) })),
  );
}

/** Nested YAML lines from dotted keys, in order; keys that share a prefix share a parent. */
export function yamlTreeLines(entries: readonly (readonly [string, Escapable])[]): Segment[][] {
  const out: Segment[][] = [];
  let previous: string[] = [];
  for (const [key, value] of entries) {
    const parts = key.split('.');
    let common = 0;
    while (common < parts.length - 1 && parts[common] === previous[common]) common++;
    for (let depth = common; depth < parts.length - 1; depth++) out.push([{ text: `${'  '.repeat(depth)}${parts[depth]}:` }]);
    out.push([{ text: `${'  '.repeat(parts.length - 1)}${parts[parts.length - 1]}: ` }, ...yamlQuoted(value)]);
    previous = parts;
  }
  return out;
}

export function writeYamlTree(entries: readonly (readonly [string, string])[]): string {
  return yamlTreeLines(entries).map((line) => `${line.map((s) => s.text).join('')}\n`).join('');
}
