/** Shell `export` lines and `.env` files. */
import { allClientsEnv, type EnvEntry } from './env';
import { shellQuoted } from './escape';
import type { SnippetFields } from './fields';
import { lines, type Piece } from './segments';
import type { GeneratorOutput } from './types';

/** `export NAME='value'` for each entry; single quotes keep `$`, `"`, `\` and spaces literal. */
export function exportLines(entries: readonly EnvEntry[]): Piece[] {
  return entries.map(([name, value]) => [`export ${name}=`, shellQuoted(value)]);
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

/**
 * `.env` lines without `export`. Single quotes are read literally by bash (`set -a; . ./.env`),
 * Docker Compose and the dotenv libraries alike, as long as the value has no `'` of its own.
 */
export function generateDotenv(f: SnippetFields): GeneratorOutput {
  const entries = allClientsEnv(f);
  const warnings: string[] = [];
  if (entries.some(([, v]) => v.value.includes("'"))) {
    warnings.push(
      "A value contains a single quote. This .env file is written in shell syntax ('\\'' for each quote), which bash reads correctly but many dotenv libraries do not. Load it with bash (set -a; . ./.env; set +a) or rotate the secret in the Console.",
    );
  }
  return {
    segments: lines(
      '# Camunda 8 SaaS client credentials. Do not commit this file: add .env to .gitignore.',
      ...entries.map(([name, value]) => [`${name}=`, shellQuoted(value)]),
    ),
    warnings,
  };
}
