/** The token inspector's logic, framework-free: import from here in UI code. */
export * from './problems';
export { MAX_TOKEN_INPUT_LENGTH, normaliseTokenInput, type NormalisedTokenInput } from './normaliseTokenInput';
export { decodeToken, type DecodedToken, type TokenKind, type TokenSegment } from './decodeToken';
export * from './claims';
export * from './tokenTimes';
export * from './verifyToken';
export { SUPPORTED_ALGORITHMS } from './verificationKeys';
export * from './camundaChecks';
export * from './shareLink';
export { MAX_KEY_INPUT_LENGTH, parseKeyInput, type ParsedKeyInput, type KeyInputErrorCode } from './parseKeyInput';
