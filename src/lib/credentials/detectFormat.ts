/**
 * Guesses a file's format from its lines: `export` lines mean the Console's shell file, upper-case
 * `KEY=` lines a .env file, dotted `key=` lines Spring properties, `key:` lines YAML, `{` JSON.
 */
import type { CredentialsFormat } from './entry';

export interface FormatGuess {
  format: CredentialsFormat;
  /** Why, in a few words (for a tooltip next to the format picker). */
  reason: string;
}

/** Enough lines to decide; a huge file is not scanned to the end. */
const SAMPLE_LINES = 200;
/** Blank and comment lines count here, so that a million empty lines are not walked either. */
const MAX_SCANNED_LINES = 2000;

export function detectFormat(text: string): FormatGuess {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.trimStart();
  if (start.startsWith('{')) return { format: 'json', reason: 'starts with "{"' };

  const votes: Record<CredentialsFormat, number> = { shell: 0, env: 0, properties: 0, yaml: 0, json: 0 };
  let seen = 0;
  let scanned = 0;
  let from = 0;
  while (from <= body.length && seen < SAMPLE_LINES && scanned++ < MAX_SCANNED_LINES) {
    let to = body.indexOf('\n', from);
    if (to < 0) to = body.length;
    const line = body.slice(from, Math.min(to, from + 500)).replace(/\r$/, '');
    from = to + 1;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('!')) continue;
    seen++;
    if (/^export\s+[A-Za-z_]/.test(trimmed)) votes.shell += 2;
    else if (/^[A-Z_][A-Z0-9_]*\s*=/.test(trimmed)) votes.env += 2;
    else if (/^[A-Za-z][\w-]*(\.[\w-]+)+\s*=/.test(trimmed)) votes.properties += 2;
    else if (trimmed === '---' || /^- /.test(trimmed) || /^[\w.-]+:(\s|$)/.test(trimmed)) {
      votes.yaml += line.startsWith(' ') || /:\s*$/.test(trimmed) ? 2 : 1;
      // `camunda.client.mode: saas` is valid in both YAML and .properties and means the same.
      if (/^[\w-]+(\.[\w-]+)+:\s/.test(trimmed)) votes.properties += 1;
    } else if (/^[\w.-]+\s*[=:]/.test(trimmed)) votes.properties += 1;
  }
  const order: CredentialsFormat[] = ['shell', 'env', 'yaml', 'properties'];
  let best: CredentialsFormat = 'shell';
  for (const format of order) if (votes[format] > votes[best]) best = format;
  if (seen === 0 || votes[best] === 0) return { format: 'shell', reason: 'nothing recognisable yet; assuming the Console file' };
  const reasons: Record<CredentialsFormat, string> = {
    shell: 'lines start with "export"',
    env: 'KEY=value lines without "export"',
    properties: 'dotted key=value lines (Spring properties)',
    yaml: 'key: value lines (YAML)',
    json: 'starts with "{"',
  };
  return { format: best, reason: reasons[best] };
}
