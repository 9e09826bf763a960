/**
 * What a client id and a client secret look like, in one place for the generator, the validator
 * and the mock's client registry. Console-issued ids have 32 and secrets 64 characters from
 * RFC 3986's "unreserved" set: that is what real Console credentials files show, not a documented
 * rule (Camunda's docs give no length or alphabet), so the generators issue exactly that and the
 * validator only warns about other lengths. The wider range the mock accepts as well formed is the
 * mock's own choice, so a client made elsewhere can still be tried.
 */

/** RFC 3986 "unreserved": the characters of Console-issued ids and secrets. */
export const CREDENTIAL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~-';
export const CREDENTIAL_CHARS = /^[A-Za-z0-9._~-]+$/;
const CREDENTIAL_CHARS_TEXT = 'A–Z, a–z, 0–9, ".", "_", "~", "-"';

/** The lengths the Console issues. */
export const CONSOLE_CLIENT_ID_LENGTH = 32;
export const CONSOLE_CLIENT_SECRET_LENGTH = 64;

/** The lengths the mock accepts as well formed (the mock's choice, not a Console rule). */
export const ACCEPTED_CLIENT_ID_LENGTH = { min: 8, max: 128 } as const;
const ACCEPTED_CLIENT_SECRET_LENGTH = { min: 16, max: 256 } as const;

export function isWellFormedClientId(value: string): boolean {
  return value.length >= ACCEPTED_CLIENT_ID_LENGTH.min && value.length <= ACCEPTED_CLIENT_ID_LENGTH.max && CREDENTIAL_CHARS.test(value);
}

export function isWellFormedClientSecret(value: string): boolean {
  return value.length >= ACCEPTED_CLIENT_SECRET_LENGTH.min && value.length <= ACCEPTED_CLIENT_SECRET_LENGTH.max && CREDENTIAL_CHARS.test(value);
}

/** "8–128 characters of A–Z, …": the rule a well-formed id or secret follows, for messages. */
export function wellFormedRule(kind: 'id' | 'secret'): string {
  const { min, max } = kind === 'id' ? ACCEPTED_CLIENT_ID_LENGTH : ACCEPTED_CLIENT_SECRET_LENGTH;
  return `${min}–${max} characters of ${CREDENTIAL_CHARS_TEXT}`;
}
