/** Plain-text and Markdown tables for the bench's report. */

export type Row = (string | number)[];

/** Columns padded to their widest cell; numbers right-aligned. */
export function formatTable(header: string[], rows: Row[]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: Row, numeric: boolean[]) => r.map((c, i) => (numeric[i] ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ').trimEnd();
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || /^[\d.,]+\s?(x|ms|s|KiB|MiB)?$/.test(String(r[i]))));
  return [line(header, header.map(() => false)), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map((r) => line(r, numeric))].join('\n');
}

export function formatMarkdownTable(header: string[], rows: Row[]): string {
  const esc = (c: string | number) => String(c).replace(/\|/g, '\\|');
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}x` : 'n/a');
