/**
 * Whether two sets of credentials are the same client at the same place. The display `name` is
 * ignored: the Console's file does not carry it, so re-reading a downloaded file must still count
 * as the same credentials.
 */
import type { Credentials } from './model';

const COMPARED: readonly (keyof Credentials)[] = [
  'clientId',
  'clientSecret',
  'clusterId',
  'region',
  'audience',
  'authorizationServerUrl',
  'zeebeGrpcAddress',
  'zeebeRestAddress',
  'tasklistBaseUrl',
  'operateBaseUrl',
  'optimizeBaseUrl',
];

export function sameCredentials(a: Credentials | undefined, b: Credentials | undefined): boolean {
  if (!a || !b) return a === b;
  if (COMPARED.some((field) => a[field] !== b[field])) return false;
  return a.scopes.length === b.scopes.length && a.scopes.every((scope) => b.scopes.includes(scope));
}
