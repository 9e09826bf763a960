/**
 * The one call the UI needs: text in, entries, credentials and problems out. It never throws,
 * whatever the input; anything wrong is a problem with a position.
 */
import type { CamundaVersionId } from '../camundaVersion';
import { detectFormat } from './detectFormat';
import type { CredentialsFormat, Entry, ParsedEntries } from './entry';
import type { Credentials } from './model';
import { redactSecrets } from './maskSecret';
import { parseEnvFile } from './parseEnvFile';
import { parseJson } from './parseJson';
import { parseProperties } from './parseProperties';
import { parseYaml } from './parseYaml';
import { createProblem, sortProblems, type Problem } from './problems';
import { isSecretKey } from './resolveKey';
import { firstLineRange, rangeOnLine, readSourceText, type SourceText } from './sourceText';
import { validateEntries, type PartialCredentials } from './validate';

/**
 * Inputs longer than this (in UTF-16 code units, about 1 MiB of ASCII) are refused unread. A real
 * credentials file is under 2 KB; the limit only keeps a pasted log file from freezing the editor.
 */
export const MAX_CREDENTIALS_INPUT_LENGTH = 1024 * 1024;

export interface ParseCredentialsOptions {
  /** Read the text as this format instead of guessing. */
  format?: CredentialsFormat;
  /** The Camunda version the file is for; names of the other version get a warning. */
  version?: CamundaVersionId;
}

export interface ParseCredentialsResult {
  format: CredentialsFormat;
  /** False when the caller forced the format. */
  formatDetected: boolean;
  /** Why this format was chosen, for display. */
  formatReason: string;
  entries: Entry[];
  /** Values the file gave (cluster id and region may come from an address), without defaults. */
  partial: PartialCredentials;
  /** Complete credentials when client id, secret and cluster are known, even if problems remain. */
  credentials?: Credentials;
  /** Sorted by position; errors first at one spot. */
  problems: Problem[];
  /** No problem of severity `error`. */
  valid: boolean;
}

function parseEntries(source: SourceText, format: CredentialsFormat): ParsedEntries {
  switch (format) {
    case 'shell':
    case 'env':
      return parseEnvFile(source, format);
    case 'properties':
      return parseProperties(source);
    case 'yaml':
      return parseYaml(source);
    case 'json':
      return parseJson(source);
  }
}

function fileProblems(source: SourceText, format: CredentialsFormat): Problem[] {
  const problems: Problem[] = [];
  if (source.hadBom && (format === 'shell' || format === 'env' || format === 'properties')) {
    problems.push(
      createProblem(
        'byte-order-mark',
        format === 'shell' ? 'warning' : 'info',
        format === 'shell'
          ? 'The file starts with an invisible byte-order mark, so a shell would not recognise the first line. Save the file as UTF-8 without BOM.'
          : 'The file starts with an invisible byte-order mark, which some tools read as part of the first name. Save it as UTF-8 without BOM.',
        rangeOnLine(1, 0, 1),
      ),
    );
  }
  if (source.hadCarriageReturns && format === 'shell') {
    problems.push(
      createProblem(
        'windows-line-endings',
        'warning',
        'The file has Windows line endings (CR LF). A POSIX shell keeps the CR as the last character of every value, which breaks the secret. Convert it to LF line endings (for example with dos2unix).',
        firstLineRange(source),
      ),
    );
  }
  return problems;
}

/** Values to keep out of every message: known secrets and anything whose name sounds secret. */
function secretValues(entries: readonly Entry[]): string[] {
  return entries.filter((entry) => isSecretKey(entry.key)).map((entry) => entry.value);
}

/** 1234567 → "1,234,567" (toLocaleString would load locale data on first use, which is slow). */
function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function parseCredentials(text: string, options: ParseCredentialsOptions = {}): ParseCredentialsResult {
  const input = typeof text === 'string' ? text : '';
  const forced = options.format;
  if (input.length > MAX_CREDENTIALS_INPUT_LENGTH) {
    return {
      format: forced ?? 'shell',
      formatDetected: forced === undefined,
      formatReason: 'not read: too large',
      entries: [],
      partial: {},
      problems: [
        createProblem(
          'input-too-large',
          'error',
          `This text is ${groupDigits(input.length)} characters long; the limit is ${groupDigits(MAX_CREDENTIALS_INPUT_LENGTH)}. A credentials file is a few lines: paste only those.`,
          { line: 1, column: 1, endLine: 1, endColumn: 2 },
        ),
      ],
      valid: false,
    };
  }
  const guess = forced ? { format: forced, reason: 'chosen' } : detectFormat(input);
  try {
    const source = readSourceText(input);
    const parsed = parseEntries(source, guess.format);
    // When nothing could be read because of syntax errors, "missing value" on top is only noise.
    const unreadable = parsed.entries.length === 0 && parsed.problems.some((p) => p.severity === 'error');
    const validation = validateEntries(parsed.entries, guess.format, firstLineRange(source), { reportMissing: !unreadable, version: options.version });
    const secrets = secretValues(parsed.entries);
    const problems = sortProblems([...fileProblems(source, guess.format), ...parsed.problems, ...validation.problems]).map((p) =>
      secrets.length ? { ...p, message: redactSecrets(p.message, secrets) } : p,
    );
    const result: ParseCredentialsResult = {
      format: guess.format,
      formatDetected: !forced,
      formatReason: guess.reason,
      entries: parsed.entries,
      partial: validation.partial,
      problems,
      valid: !problems.some((p) => p.severity === 'error'),
    };
    if (validation.credentials) result.credentials = validation.credentials;
    return result;
  } catch {
    // A bug of ours must not take the editor down; say so without echoing the input.
    return {
      format: guess.format,
      formatDetected: !forced,
      formatReason: guess.reason,
      entries: [],
      partial: {},
      problems: [
        createProblem('internal-error', 'error', 'This text could not be read because of a fault in the checker. Please report it, with the file\'s shape but not its secret.', {
          line: 1, column: 1, endLine: 1, endColumn: 2,
        }),
      ],
      valid: false,
    };
  }
}
