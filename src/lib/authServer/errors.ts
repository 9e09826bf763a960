/**
 * Error answers of the mock token endpoint, in the shape of RFC 6749 §5.2:
 * `{ "error": "<code>", "error_description": "<what to fix>" }`.
 *
 * The codes come from RFC 6749 except two that the RFC has no word for and the mock had to choose:
 * `too_many_requests` for the rate limit (the code Auth0 tenants use) and `temporarily_unavailable`
 * for maintenance (borrowed from RFC 6749 §4.1.2.1).
 */

export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'unsupported_grant_type'
  | 'invalid_scope'
  | 'access_denied'
  | 'too_many_requests'
  | 'temporarily_unavailable'
  | 'server_error';

export interface OAuthErrorBody {
  error: OAuthErrorCode;
  error_description: string;
}

/**
 * A token request the mock refuses. Thrown by the request parser and the checks after it, turned
 * into an HTTP answer by the facade. `code` is the OAuth error code, as jose errors carry `code`.
 */
export class TokenRequestError extends Error {
  readonly code: OAuthErrorCode;
  readonly status: number;
  /** True when the client tried HTTP Basic: then a 401 must carry `WWW-Authenticate`. */
  readonly usedBasicAuth: boolean;

  constructor(code: OAuthErrorCode, status: number, description: string, options: { usedBasicAuth?: boolean } = {}) {
    super(description);
    this.name = 'TokenRequestError';
    this.code = code;
    this.status = status;
    this.usedBasicAuth = options.usedBasicAuth ?? false;
  }

  toBody(): OAuthErrorBody {
    return { error: this.code, error_description: this.message };
  }
}

export function invalidRequest(description: string, usedBasicAuth = false): TokenRequestError {
  return new TokenRequestError('invalid_request', 400, description, { usedBasicAuth });
}

export function invalidClient(description: string, usedBasicAuth: boolean): TokenRequestError {
  return new TokenRequestError('invalid_client', 401, description, { usedBasicAuth });
}

/** Codes for mistakes made while configuring the mock itself (not for HTTP answers). */
export type AuthServerConfigErrorCode =
  | 'ERR_MOCK_INVALID_OPTION'
  | 'ERR_MOCK_INVALID_CLIENT'
  | 'ERR_MOCK_DUPLICATE_CLIENT'
  | 'ERR_MOCK_INVALID_URL';

/** Thrown when the mock is configured wrongly (bad client id, fault rate out of range, ...). */
export class AuthServerConfigError extends Error {
  readonly code: AuthServerConfigErrorCode;

  constructor(code: AuthServerConfigErrorCode, message: string) {
    super(message);
    this.name = 'AuthServerConfigError';
    this.code = code;
  }
}
