/** The shapes shared by the doctor's catalogue and its diagnosis. */

/**
 * One piece of evidence a case looks for. Keys name evidence (`http:401`, `grpc:UNAUTHENTICATED`,
 * `oauth:invalid_client`, `exc:AccessDeniedException`, `host:token`, `tls:…`, `errno:…`,
 * `path:cache`, `env:any`, `idp:aadsts`, `ctype:text/html`, `step:token`, `step:cluster`) or a
 * phrase (`phrase:failed to parse bearer token`), compared without case or white space.
 */
export interface Signal {
  /** Matches when any of these is present (an empty list means "no condition"). */
  any: string[];
  /** …and all of these. */
  all?: string[];
  /** …and none of these. */
  unless?: string[];
  weight: number;
}

export interface DoctorCase {
  /** Also the heading id of the case on the Troubleshooting page. */
  id: string;
  title: string;
  /** The cause in one sentence. */
  cause: string;
  /** The first thing to check or change. */
  nextCheck: string;
  signals: Signal[];
}

export interface CaseMatch {
  id: string;
  title: string;
  cause: string;
  nextCheck: string;
  score: number;
  /** The words in the paste that made it match, as they appear there (secrets masked). */
  why: string[];
}

export interface Diagnosis {
  matches: CaseMatch[];
  /** Everything recognised, as "kind: words" lines, for the reader to check. */
  recognised: string[];
  /** Set when no case matched: what to do next. */
  noMatch?: { message: string; nextCheck: string };
  /** The analysed text with secrets masked. */
  maskedText: string;
  maskedCount: number;
  truncated: boolean;
  inputChars: number;
}
