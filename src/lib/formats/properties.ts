/** Java `.properties` values and lines (Spring Boot's `application.properties`). */
import type { Segment } from '../snippets/segments';
import { quoteSegments, quoteText, unicodeEscape, type Escapable, type Quoting } from './quoting';

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\f': '\\f' };
const isBlank = (c: string) => c === ' ' || c === '\t' || c === '\f';

function inBlankEdge(value: string, i: number): boolean {
  let before = true;
  for (let j = 0; j < i && before; j++) before = isBlank(value[j]);
  if (before) return true;
  for (let j = i + 1; j < value.length; j++) if (!isBlank(value[j])) return false;
  return true;
}

/**
 * Backslash escapes; `\uXXXX` for anything outside printable ASCII, because Spring Boot reads
 * `.properties` as ISO-8859-1 (astral characters become a surrogate pair of escapes, as
 * `Properties.load` expects); blanks at either end escaped so the loader keeps them.
 */
const PROPERTIES_QUOTING: Quoting = {
  open: () => '',
  close: () => '',
  escape: (value, i) => {
    const c = value[i];
    if (ESCAPES[c]) return ESCAPES[c];
    const code = value.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return unicodeEscape(code);
    if (c === ' ' && inBlankEdge(value, i)) return '\\ ';
    return c;
  },
};

const propertiesEscape = (value: string): string => quoteText(value, PROPERTIES_QUOTING);
export const propertiesValue = (input: Escapable): Segment[] => quoteSegments(input, PROPERTIES_QUOTING);

/** One `key=value` line, without its line break. */
export function propertyLine(key: string, value: Escapable): Segment[] {
  return [{ text: `${key}=` }, ...propertiesValue(value)];
}

export function writeProperties(entries: readonly (readonly [string, string])[]): string {
  return entries.map(([key, value]) => `${key}=${propertiesEscape(value)}\n`).join('');
}

/** Spring resolves `${...}` inside property values, so such a secret would be rewritten. */
export function hasSpringPlaceholder(value: string): boolean {
  return value.includes('${');
}
