/**
 * The simulated Console's rules, without any UI: one cluster, the API clients created for it, and
 * what the client list may show afterwards (never the secret). The real Console's exact name
 * rules are not documented; the limits here are this site's choice.
 */
import { generateMockCredentials } from '../credentials/generateMockCredentials';
import { randomUuid, type RandomSource } from '../random/randomSource';
import { CONSOLE_SCOPES, DEFAULT_REGION, type ConsoleScope, type Credentials } from '../credentials/model';

export const MAX_CLIENT_NAME_LENGTH = 50;

export interface SimulatedCluster {
  name: string;
  clusterId: string;
  region: string;
  generation: string;
}

/** What the client list keeps after the creation dialog is closed: everything but the secret. */
export interface ConsoleClientSummary {
  name: string;
  clientId: string;
  scopes: ConsoleScope[];
  /** Milliseconds since the epoch, from the injected clock. */
  createdAt: number;
}

export interface CreatedClient {
  /** The full credentials, shown once in the dialog. */
  credentials: Credentials;
  summary: ConsoleClientSummary;
}

type ConsoleFormErrorCode = 'ERR_NAME_EMPTY' | 'ERR_NAME_TOO_LONG' | 'ERR_NAME_CHARACTERS' | 'ERR_NAME_TAKEN' | 'ERR_NO_SCOPE';

export interface ConsoleFormError {
  field: 'name' | 'scopes';
  code: ConsoleFormErrorCode;
  message: string;
}

export function createSimulatedCluster(options: { name?: string; region?: string; random?: RandomSource } = {}): SimulatedCluster {
  return {
    name: options.name ?? 'playground-cluster',
    clusterId: randomUuid(options.random),
    region: options.region ?? DEFAULT_REGION,
    generation: 'Camunda 8 (simulated)',
  };
}

/** Every reason the form cannot be submitted yet, in the form's order (name, then scopes). */
export function validateNewClient(name: string, scopes: readonly string[], existing: readonly ConsoleClientSummary[] = []): ConsoleFormError[] {
  const errors: ConsoleFormError[] = [];
  const trimmed = name.trim();
  if (!trimmed) {
    errors.push({ field: 'name', code: 'ERR_NAME_EMPTY', message: 'Give the client a name, for example the application that will use it ("order-worker").' });
  } else if (trimmed.length > MAX_CLIENT_NAME_LENGTH) {
    errors.push({ field: 'name', code: 'ERR_NAME_TOO_LONG', message: `Use at most ${MAX_CLIENT_NAME_LENGTH} characters; this name has ${trimmed.length}.` });
  } else if (/[\u0000-\u001f\u007f]/.test(trimmed)) {
    errors.push({ field: 'name', code: 'ERR_NAME_CHARACTERS', message: 'The name contains a control character (such as a tab or line break); remove it.' });
  } else if (existing.some((c) => c.name.toLowerCase() === trimmed.toLowerCase())) {
    errors.push({ field: 'name', code: 'ERR_NAME_TAKEN', message: `A client named "${trimmed}" already exists on this cluster; choose another name.` });
  }
  if (!scopes.some((s) => (CONSOLE_SCOPES as readonly string[]).includes(s))) {
    errors.push({ field: 'scopes', code: 'ERR_NO_SCOPE', message: 'Choose at least one scope: a job worker or process starter needs the Orchestration Cluster API (8.8 and newer) or Zeebe (8.7 and older).' });
  }
  return errors;
}

/** Creates the client as the Console would; call `validateNewClient` first. */
export function createConsoleClient(
  cluster: SimulatedCluster,
  input: { name: string; scopes: readonly ConsoleScope[]; now: number; random?: RandomSource },
): CreatedClient {
  const name = input.name.trim();
  const credentials = generateMockCredentials({ region: cluster.region, clusterId: cluster.clusterId, scopes: input.scopes, name, random: input.random });
  return { credentials, summary: { name, clientId: credentials.clientId, scopes: [...credentials.scopes], createdAt: input.now } };
}
