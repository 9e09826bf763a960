/** `.env` files: the downloaded `.env` and the `.env` snippet both write their lines here. */
import type { Segment } from '../snippets/segments';
import { quoteSegments, quoteText, type Escapable, type Quoting } from './quoting';

const needsDoubleQuotes = (value: string) => /['\n\r]/.test(value);
const DOUBLE_QUOTED_ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', $: '\\$', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Single quotes when the value allows (read literally by bash, Docker Compose and dotenv
 * libraries alike); otherwise double quotes with backslash escapes.
 */
const DOTENV_QUOTING: Quoting = {
  open: (value) => (needsDoubleQuotes(value) ? '"' : "'"),
  close: (value) => (needsDoubleQuotes(value) ? '"' : "'"),
  escape: (value, i) => (needsDoubleQuotes(value) ? (DOUBLE_QUOTED_ESCAPES[value[i]] ?? value[i]) : value[i]),
};

const dotenvQuote = (value: string): string => quoteText(value, DOTENV_QUOTING);

/** Whether the value is written in double quotes, whose escapes not every dotenv library reads. */
export const dotenvNeedsEscapes = needsDoubleQuotes;

/** One `NAME=value` line, without its line break. */
export function dotenvLine(name: string, value: Escapable): Segment[] {
  return [{ text: `${name}=` }, ...quoteSegments(value, DOTENV_QUOTING)];
}

export function writeDotenv(entries: readonly (readonly [string, string])[]): string {
  return entries.map(([name, value]) => `${name}=${dotenvQuote(value)}\n`).join('');
}
