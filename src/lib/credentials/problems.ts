/**
 * Problems found in a credentials file. Positions are 1-based and end-exclusive in columns, so
 * they can be handed to a Monaco editor as markers unchanged.
 */

export type Severity = 'error' | 'warning' | 'info';

export type ProblemCode =
  // the input as a whole
  | 'input-too-large'
  | 'internal-error'
  | 'byte-order-mark'
  | 'windows-line-endings'
  // syntax
  | 'unterminated-quote'
  | 'not-an-assignment'
  | 'invalid-key'
  | 'spaces-around-equals'
  | 'unexpected-text'
  | 'yaml-syntax'
  | 'json-syntax'
  | 'not-a-mapping'
  | 'duplicate-key'
  | 'not-exported'
  // names
  | 'unknown-variable'
  | 'unsupported-mode'
  // values
  | 'empty-value'
  | 'unresolved-reference'
  | 'shell-expansion'
  | 'command-substitution'
  | 'placeholder'
  | 'self-managed'
  | 'other-version'
  | 'invalid-cluster-id'
  | 'invalid-region'
  | 'unknown-region'
  | 'invalid-client-id'
  | 'unusual-client-id-length'
  | 'invalid-client-secret'
  | 'unusual-client-secret-length'
  | 'invalid-url'
  | 'not-https'
  | 'unknown-token-url'
  | 'invalid-address'
  | 'address-port'
  | 'address-scheme'
  | 'address-not-saas'
  | 'unknown-audience'
  | 'wrong-audience'
  | 'unknown-scope'
  | 'duplicate-scope'
  | 'empty-scopes'
  | 'base-url-without-scope'
  | 'scope-without-base-url'
  // agreement between values
  | 'conflicting-values'
  | 'cluster-mismatch'
  | 'region-mismatch'
  // completeness
  | 'missing-value'
  | 'default-region';

/** A span in the text: 1-based lines and columns (UTF-16 code units), end column exclusive. */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Problem extends SourceRange {
  code: ProblemCode;
  severity: Severity;
  /** Says what is wrong and how to fix it. Never contains a secret. */
  message: string;
  /** The variable or property the problem is about, as written in the file. */
  variable?: string;
}

export function createProblem(
  code: ProblemCode,
  severity: Severity,
  message: string,
  range: SourceRange,
  variable?: string,
): Problem {
  const problem: Problem = {
    code,
    severity,
    message,
    line: range.line,
    column: range.column,
    endLine: range.endLine,
    endColumn: range.endColumn,
  };
  if (variable !== undefined) problem.variable = variable;
  return problem;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Problems in reading order (line, column), errors before warnings before infos at one spot. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

export function countProblems(problems: readonly Problem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity]++;
  return counts;
}

/** "line 3, column 5" — for a problem list next to the editor. */
export function describeLocation(problem: SourceRange): string {
  return `line ${problem.line}, column ${problem.column}`;
}

/** Monaco's `MarkerSeverity` values, copied so this module needs no editor import. */
export const MARKER_SEVERITY: Record<Severity, number> = { error: 8, warning: 4, info: 2 };

/** The shape of Monaco's `IMarkerData`, built from a problem. */
export interface MarkerData {
  severity: number;
  message: string;
  code: string;
  source: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

export function toMarkerData(problem: Problem): MarkerData {
  return {
    severity: MARKER_SEVERITY[problem.severity],
    message: problem.message,
    code: problem.code,
    source: 'credentials',
    startLineNumber: problem.line,
    startColumn: problem.column,
    endLineNumber: problem.endLine,
    endColumn: problem.endColumn,
  };
}
