/** Shell `export` lines and `.env` files, written by the same format modules as the downloads. */
import { dotenvLine, dotenvNeedsEscapes } from '../formats/dotenv';
import { exportLine } from '../formats/shell';
import { allClientsEnv, type EnvEntry } from './env';
import type { SnippetFields } from './fields';
import { lines, type Piece } from './segments';
import type { GeneratorOutput } from './types';

/** `export NAME='value'` for each entry; single quotes keep `$`, `"`, `\` and spaces literal. */
export function exportLines(entries: readonly EnvEntry[]): Piece[] {
  return entries.map(([name, value]) => exportLine(name, value));
}

export function generateShellExport(f: SnippetFields): GeneratorOutput {
  return {
    segments: lines(
      '# Camunda 8 SaaS client credentials for every official client. Keep this file private',
      '# (chmod 600) and load it with: . ./credentials.sh',
      ...exportLines(allClientsEnv(f)),
    ),
  };
}

/** `.env` lines without `export`, quoted as the downloaded `.env` file is. */
export function generateDotenv(f: SnippetFields): GeneratorOutput {
  const entries = allClientsEnv(f);
  const warnings: string[] = [];
  if (entries.some(([, v]) => dotenvNeedsEscapes(v.value))) {
    warnings.push(
      'A value contains a single quote or a line break, so it is written in double quotes with backslash escapes (\\", \\$, \\\\). Bash reads these (set -a; . ./.env; set +a); other .env readers (Docker Compose, dotenv libraries) differ in which escapes they understand, so check what yours reads, or rotate the secret in the Console.',
    );
  }
  return {
    segments: lines(
      '# Camunda 8 SaaS client credentials. Do not commit this file: add .env to .gitignore.',
      ...entries.map(([name, value]) => dotenvLine(name, value)),
    ),
    warnings,
  };
}
