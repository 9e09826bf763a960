/**
 * Two views of pasted text that make matching survive log noise and wrapped lines: `flat` has every
 * run of white space folded to one space (a line wrapped at a space still reads as one), and
 * `squashed` has no white space at all and is lower case (a line wrapped inside a word still
 * matches a phrase). Input past the cap keeps its beginning and its end, where errors usually are.
 */

/** About a megabyte of text is analysed; a longer paste keeps its first and last half of that. */
export const MAX_DOCTOR_INPUT_CHARS = 1_048_576;

export interface NormalisedInput {
  /** The analysed text (capped). */
  text: string;
  flat: string;
  squashed: string;
  truncated: boolean;
  inputChars: number;
}

function capInput(text: string): { text: string; truncated: boolean } {
  if (text.length <= MAX_DOCTOR_INPUT_CHARS) return { text, truncated: false };
  const half = MAX_DOCTOR_INPUT_CHARS / 2;
  return { text: `${text.slice(0, half)}\n…\n${text.slice(text.length - half)}`, truncated: true };
}

/** Lower case with white space removed: phrases are compared in this form. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

export function normalise(raw: string): NormalisedInput {
  const { text, truncated } = capInput(raw);
  return { text, flat: text.replace(/\s+/g, ' '), squashed: squash(text), truncated, inputChars: raw.length };
}
