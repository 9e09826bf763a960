/** The token inspector's logic, framework-free: import from here in UI code. */
export * from './problems';
export { decodeToken } from './decodeToken';
export * from './claims';
export * from './tokenTimes';
export * from './verifyToken';
export * from './camundaChecks';
export * from './shareLink';
