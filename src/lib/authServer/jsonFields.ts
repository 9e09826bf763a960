/**
 * Reading a JSON token request body into fields. JSON.parse silently keeps the last of repeated
 * keys, but RFC 6749 §3.2 says parameters must not repeat, so the top-level keys are also counted
 * by the site's one scanner over the (already valid) JSON text.
 */
import { listTopLevelKeys } from '../json/topLevelKeys';
import { invalidRequest } from './errors';

export type FieldValues = Map<string, string[]>;

/** Parse a JSON body into string fields; `null` and "" count as absent (RFC 6749 §3.2). */
export function readJsonFields(text: string): FieldValues {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalidRequest('The request body is not valid JSON. Send a JSON object such as {"grant_type":"client_credentials","audience":"zeebe.camunda.io",...} or use application/x-www-form-urlencoded.');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw invalidRequest('The JSON body must be an object of string fields (grant_type, audience, client_id, client_secret, scope).');
  }
  const record = parsed as Record<string, unknown>;
  const fields: FieldValues = new Map();
  for (const key of listTopLevelKeys(text)) {
    const value = record[key];
    if (value === null || value === '') continue;
    if (typeof value !== 'string') {
      throw invalidRequest(`The field "${truncate(key)}" must be a string; got ${Array.isArray(value) ? 'an array' : typeof value}.`);
    }
    // A repeated key shows up twice here even though JSON.parse kept one value; count both.
    fields.set(key, [...(fields.get(key) ?? []), value]);
  }
  return fields;
}

export function readFormFields(text: string): FieldValues {
  const fields: FieldValues = new Map();
  for (const [key, value] of new URLSearchParams(text)) {
    if (value === '') continue;
    fields.set(key, [...(fields.get(key) ?? []), value]);
  }
  return fields;
}

export function truncate(value: string, max = 60): string {
  const printable = value.replace(/[^\x20-\x7e]/g, '?');
  return printable.length > max ? `${printable.slice(0, max)}…` : printable;
}
