/**
 * How every file format here quotes a value: an opening and closing mark chosen from the whole
 * value, and a per-character escape. Written once, the same quoting yields a plain string (for a
 * downloaded file) or segments that keep the secret flag on the escaped text (for a snippet whose
 * secret is masked on screen), so both always produce the same bytes.
 */
import type { Segment } from '../snippets/segments';

/** A value, or its parts: plain text, a snippet field, or segments (secret or not). */
type EscapablePart = { value: string; secret: boolean } | Segment | string;
export type Escapable = EscapablePart | readonly EscapablePart[];

export interface Quoting {
  open(value: string): string;
  close(value: string): string;
  /** The escaped form of the UTF-16 code unit at `index` of the whole `value`. */
  escape(value: string, index: number): string;
}

function partToSegment(part: EscapablePart): Segment {
  if (typeof part === 'string') return { text: part };
  if ('value' in part) return part.secret ? { text: part.value, secret: true } : { text: part.value };
  return part.secret ? { text: part.text, secret: true } : { text: part.text };
}

function toSegments(input: Escapable): Segment[] {
  return Array.isArray(input) ? (input as readonly EscapablePart[]).map(partToSegment) : [partToSegment(input as EscapablePart)];
}

function escapeRange(q: Quoting, value: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) out += q.escape(value, i);
  return out;
}

/** The quoted value as text. */
export function quoteText(value: string, q: Quoting): string {
  return q.open(value) + escapeRange(q, value, 0, value.length) + q.close(value);
}

/** The quoted value as segments: each input part escaped in place, so a secret stays marked. */
export function quoteSegments(input: Escapable, q: Quoting): Segment[] {
  const parts = toSegments(input);
  const whole = parts.map((p) => p.text).join('');
  const open = q.open(whole);
  const close = q.close(whole);
  const out: Segment[] = open === '' ? [] : [{ text: open }];
  let offset = 0;
  for (const part of parts) {
    const text = escapeRange(q, whole, offset, offset + part.text.length);
    out.push(part.secret ? { text, secret: true } : { text });
    offset += part.text.length;
  }
  if (close !== '') out.push({ text: close });
  return out;
}

export function unicodeEscape(codeUnit: number): string {
  return `\\u${codeUnit.toString(16).padStart(4, '0')}`;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** JSON's escape of one code unit; halves of a proper surrogate pair stay as they are, as in JSON.stringify. */
export function jsonEscape(value: string, i: number): string {
  const code = value.charCodeAt(i);
  if (isHigh(code) && isLow(value.charCodeAt(i + 1))) return value[i];
  if (isLow(code) && i > 0 && isHigh(value.charCodeAt(i - 1))) return value[i];
  return JSON.stringify(value[i]).slice(1, -1);
}
