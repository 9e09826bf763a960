import type { Problem, SourceRange } from './problems';

/** The formats the parser reads and the writers produce. */
export type CredentialsFormat =
  /** The Console's download: `export KEY='value'` lines for a POSIX shell. */
  | 'shell'
  /** A `.env` file as read by dotenv libraries: `KEY=value`, quotes optional. */
  | 'env'
  /** Spring Boot `application.properties`. */
  | 'properties'
  /** Spring Boot `application.yaml`. */
  | 'yaml'
  /** A JSON object (the playground's own shape, or variable names as keys). */
  | 'json';

export const CREDENTIALS_FORMATS: readonly CredentialsFormat[] = ['shell', 'env', 'properties', 'yaml', 'json'];

/** How a value was written; only unquoted or double-quoted shell values are expanded by a shell. */
export type Quoting = 'none' | 'single' | 'double' | 'mixed' | 'structured';

/** One `key = value` pair as found in the file. */
export interface Entry {
  /** The key as written; YAML and JSON paths are joined with dots (`camunda.client.mode`). */
  key: string;
  /** The value after unquoting and unescaping. */
  value: string;
  keyRange: SourceRange;
  valueRange: SourceRange;
  quoting: Quoting;
  /** The whole value is a reference to something else (`${CLIENT_ID}`, `$CLIENT_ID`). */
  reference?: boolean;
  /** A shell would expand part of the value (`$x` or a backtick outside single quotes). */
  expands?: boolean;
}

/** What every format parser returns before validation. */
export interface ParsedEntries {
  entries: Entry[];
  problems: Problem[];
}
