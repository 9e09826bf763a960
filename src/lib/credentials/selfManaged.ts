/**
 * Recognises a Self-Managed credentials file (a local Keycloak or another identity provider, a
 * gateway on localhost, TLS switched off) so that the SaaS-only checks become notes instead of
 * errors. The rest of the guide is about SaaS; Self-Managed files are read, not judged by SaaS rules.
 */
import type { Entry } from './entry';
import { createProblem, type Problem, type ProblemCode, type SourceRange } from './problems';

const SAAS_HOST = /(^|\.)camunda\.io$/i;
const TLS_OFF: Record<string, string> = {
  ZEEBE_SECURE_CONNECTION: 'false',
  CAMUNDA_SECURE_CONNECTION: 'false',
  ZEEBE_INSECURE_CONNECTION: 'true',
};
const TOKEN_URL_KEYS = /^(ZEEBE_AUTHORIZATION_SERVER_URL|CAMUNDA_AUTHORIZATION_SERVER_URL|CAMUNDA_OAUTH_URL|camunda\.client\.auth\.(token-url|issuer))$/i;
const ADDRESS_KEYS = /^(ZEEBE_ADDRESS|ZEEBE_GRPC_ADDRESS|ZEEBE_REST_ADDRESS|CAMUNDA_GRPC_ADDRESS|CAMUNDA_REST_ADDRESS|camunda\.client\.(grpc-address|rest-address|zeebe\.grpc-address))$/i;
const LOCAL_HOST = /^(localhost|127\.\d+\.\d+\.\d+|\[?::1\]?|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|host\.docker\.internal|[^.]+|.+\.(local|internal|svc|cluster\.local))$/i;
const MODE_KEYS = /^(CAMUNDA_CLIENT_MODE|camunda\.client\.mode)$/i;

/** The problems that only make sense for SaaS; in a Self-Managed file they become notes. */
const SAAS_ONLY_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'not-https', 'unknown-token-url', 'address-port', 'address-scheme', 'address-not-saas', 'unknown-audience',
  'unsupported-mode', 'unknown-region', 'invalid-region', 'invalid-cluster-id', 'unusual-client-id-length',
  'unusual-client-secret-length', 'invalid-client-id', 'invalid-client-secret', 'wrong-audience',
]);

function hostOf(value: string): string | undefined {
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^:/\s]+)/i.exec(value.trim());
  return m?.[1];
}

/** Why the file looks Self-Managed, in words; empty when it looks like SaaS. */
export function selfManagedReasons(entries: readonly Entry[]): string[] {
  const reasons: string[] = [];
  for (const e of entries) {
    const value = e.value.trim();
    if (TLS_OFF[e.key] !== undefined && value.toLowerCase() === TLS_OFF[e.key]) reasons.push(`${e.key}=${value} (SaaS always uses TLS)`);
    else if (MODE_KEYS.test(e.key) && /self-?managed|simple|oidc|basic/i.test(value)) reasons.push(`${e.key} is ${value}`);
    else if (ADDRESS_KEYS.test(e.key) && value && !/^\$[{(]/.test(value)) {
      const host = hostOf(value);
      if (host && !SAAS_HOST.test(host)) reasons.push(`${e.key} points at ${host}, not at Camunda SaaS`);
    } else if (TOKEN_URL_KEYS.test(e.key)) {
      // A token URL alone may be a typo in a SaaS file; only a local host or a known identity provider says Self-Managed.
      const host = hostOf(value);
      if (host && (LOCAL_HOST.test(host) || /\/realms\//.test(value) || /login\.microsoftonline\.com$/i.test(host))) {
        reasons.push(`${e.key} points at an identity provider on ${host}`);
      }
    }
  }
  return reasons;
}

/** A SaaS-only problem turned into a note for a Self-Managed file. */
export function asSelfManagedNote(problem: Problem): Problem {
  if (problem.severity === 'info' || !SAAS_ONLY_CODES.has(problem.code)) return problem;
  return { ...problem, severity: 'info', message: `${problem.message} (A SaaS rule: this file looks Self-Managed, so it is only a note.)` };
}

export function selfManagedProblem(reasons: readonly string[], range: SourceRange): Problem {
  return createProblem(
    'self-managed',
    'info',
    `This looks like a Self-Managed file: ${reasons.slice(0, 3).join('; ')}. The checks that only hold for Camunda 8 SaaS (https, port 443, SaaS addresses and audiences) are shown as notes.`,
    range,
  );
}
