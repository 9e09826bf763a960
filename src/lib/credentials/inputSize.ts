/**
 * The size check that runs before any text reaches the editor: a credentials file is a few hundred
 * bytes, so anything past the parser's limit is refused with a message instead of being loaded.
 */
import { MAX_CREDENTIALS_INPUT_LENGTH } from './parseCredentials';

export type InputSource = 'file' | 'clipboard';

/** `1.2 MB`, `512 KB`, `80 bytes`, in decimal units as file managers show them. */
export function formatByteSize(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${Math.round(bytes / 1_000)} KB`;
  return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
}

/**
 * A message when `size` (bytes for a file, characters for clipboard text) is over the limit,
 * otherwise undefined. The message says what was refused, why, and what to do instead.
 */
export function describeOversizedInput(size: number, source: InputSource, name?: string): string | undefined {
  if (!(size > MAX_CREDENTIALS_INPUT_LENGTH)) return undefined;
  const what = source === 'file' ? `The file${name ? ` "${name}"` : ''} is ${formatByteSize(size)}` : `The clipboard holds ${size.toLocaleString('en')} characters`;
  return `${what}; the limit is ${formatByteSize(MAX_CREDENTIALS_INPUT_LENGTH)}, and a credentials file is only a few hundred bytes. Nothing was loaded: choose the credentials file itself (or copy just its lines).`;
}
