/**
 * Quoting for each output format, chosen so that our parser (and the real tools) read back exactly
 * the value that was written, whatever characters it holds.
 */

/**
 * POSIX shell: single quotes keep everything literal; a `'` inside is written `'\''`. Line breaks
 * cannot be written inside our line-based format, so such values use bash's `$'…'` quoting.
 */
export function quoteForShell(value: string): string {
  if (/[\n\r]/.test(value)) {
    const escaped = value.replace(/[\\'\n\r\t]/g, (c) => ({ '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]!);
    return `$'${escaped}'`;
  }
  return `'${value.replace(/'/g, "'\\''")}'`;
}

/** dotenv: single quotes when possible (no escapes at all), else double quotes with escapes. */
export function quoteForDotenv(value: string): string {
  if (!/['\n\r]/.test(value)) return `'${value}'`;
  const escaped = value.replace(/[\\"$\n\r\t]/g, (c) => ({ '\\': '\\\\', '"': '\\"', $: '\\$', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]!);
  return `"${escaped}"`;
}

const PROPERTIES_ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\f': '\\f' };

/**
 * Java properties value: backslash escapes, `\uXXXX` for anything outside printable ASCII (the
 * format's default encoding is ISO-8859-1), and escaped blanks at both ends so none are trimmed.
 */
export function escapeForProperties(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    const code = value.charCodeAt(i);
    if (PROPERTIES_ESCAPES[ch]) out += PROPERTIES_ESCAPES[ch];
    else if (code < 0x20 || code > 0x7e) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else if (ch === ' ' && (i === 0 || value.slice(i).trim() === '')) out += '\\ ';
    else out += ch;
  }
  return out;
}
