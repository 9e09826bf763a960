/**
 * The reproduction cases' names and links, apart from their plans: guide pages link to cases with
 * these alone, without loading the mock server's code that the plans need.
 */
export const REPRO_CASE_IDS = [
  'invalid-client',
  'audience-mismatch',
  'rate-limited',
  'expired-token',
  'clock-skew',
  'maintenance',
  'wrong-region',
  'tls-port',
  'api-401-vs-403',
  'cluster-id-audience',
  'missing-secret',
] as const;

export type ReproCaseId = (typeof REPRO_CASE_IDS)[number];

export function isReproCaseId(value: string): value is ReproCaseId {
  return (REPRO_CASE_IDS as readonly string[]).includes(value);
}

/** The case named in a location fragment such as `#repro=invalid-client`, if any. */
export function readReproCase(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const value = params.get('repro');
  return value === null || value === '' ? undefined : value;
}

/** Site path of the playground set up for a case (a fragment: it never reaches a server log). */
export function reproPath(caseId: ReproCaseId): string {
  return `/playground#repro=${caseId}`;
}
