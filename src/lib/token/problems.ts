/**
 * The shape every token module uses to say what it noticed. `severity` tells the UI how to show it:
 * `info` = we changed the input for you (e.g. removed a `Bearer ` prefix), `warning` = readable but
 * risky or unusual, `error` = servers will reject this token as it is.
 */
type ProblemSeverity = 'info' | 'warning' | 'error';

/** Names of the parts of a compact JWS (3 parts) or JWE (5 parts), plus `extra` for surplus parts. */
export type SegmentName =
  | 'header'
  | 'payload'
  | 'signature'
  | 'encrypted-key'
  | 'iv'
  | 'ciphertext'
  | 'tag'
  | 'extra';

export interface TokenProblem {
  /** Stable identifier for tests and UI logic; the message is for people. */
  code: string;
  severity: ProblemSeverity;
  message: string;
  segment?: SegmentName;
  /** Offset in the normalised token that the problem points at (e.g. a bad character). */
  position?: number;
}

