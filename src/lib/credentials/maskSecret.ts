/**
 * Keeps secrets out of sight: a display form for the UI, and a last-line guard that removes any
 * secret that slipped into a message.
 */

const BULLET = '•';

/**
 * `Abcd••••••••` — the first 4 characters (fewer for short secrets, none below 8) and a fixed run
 * of bullets, so neither the rest nor the exact length shows.
 */
export function maskSecret(secret: string, options: { visible?: number; bullets?: number } = {}): string {
  const bullets = options.bullets ?? 8;
  if (secret.length === 0) return '';
  const visible = Math.min(options.visible ?? 4, Math.floor(secret.length / 4), 4);
  const shown = secret.length >= 8 ? secret.slice(0, visible) : '';
  return shown + BULLET.repeat(bullets);
}

/** Replaces every occurrence of each secret (4 characters or longer) in `text` with its mask. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    if (out.includes(secret)) out = out.split(secret).join(maskSecret(secret));
  }
  return out;
}
