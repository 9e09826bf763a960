/**
 * Plain words for an answer of the cluster API: what the status means for the reader's client,
 * beside the problem's own `detail`.
 */

export interface ApiExplanation {
  tone: 'success' | 'warning' | 'error';
  headline: string;
  explanation: string;
  nextStep: string;
}

function detailOf(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as { detail?: unknown };
    return typeof parsed.detail === 'string' ? parsed.detail : null;
  } catch {
    return null;
  }
}

function summarise(body: string): string {
  try {
    const b = JSON.parse(body) as Record<string, unknown>;
    if (Array.isArray(b.brokers)) return `The cluster has ${String(b.clusterSize)} brokers and ${String(b.partitionsCount)} partitions (replication factor ${String(b.replicationFactor)}), gateway ${String(b.gatewayVersion)}.`;
    if (typeof b.username === 'string') return `The token identifies the caller as "${b.username}".`;
    if (typeof b.processInstanceKey === 'string') return `A process instance was created with key ${b.processInstanceKey}.`;
  } catch {
    // fall through
  }
  return 'The call succeeded.';
}

export function explainApiResponse(input: { status: number; headers: { get(name: string): string | null }; body: string }): ApiExplanation {
  const detail = detailOf(input.body);
  if (input.status >= 200 && input.status < 300) {
    return { tone: 'success', headline: `${input.status}: the cluster accepted the token`, explanation: summarise(input.body), nextStep: 'Keep using this token for every call until shortly before it expires; do not request a new one per call.' };
  }
  if (input.status === 401) {
    const challenge = input.headers.get('www-authenticate');
    return {
      tone: 'error',
      headline: '401 Unauthorized: the cluster did not accept the token',
      explanation: detail ?? 'The token is missing or invalid.',
      nextStep: `A 401 is about the token itself (authentication): sending the same token again gives the same answer, a correct new token fixes it.${challenge ? ` The WWW-Authenticate header says the same: ${challenge.split(',')[0]}…` : ''}`,
    };
  }
  if (input.status === 403) {
    return {
      tone: 'warning',
      headline: '403 Forbidden: the token is valid, the client may not do this',
      explanation: detail ?? 'The client lacks an authorization for this call.',
      nextStep: 'A 403 is about permissions (authorization): a new token changes nothing. Grant the client the authorization, or use a client that has it.',
    };
  }
  return { tone: 'error', headline: `${input.status}: the call failed`, explanation: detail ?? 'The cluster answered with an error.', nextStep: 'Check the endpoint and method.' };
}
