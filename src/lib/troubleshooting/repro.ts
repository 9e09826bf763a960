/**
 * Reproductions for the troubleshooting page: each case says how to set the in-page mock up
 * (settings, faults, a known client), what to put in the token form or the credentials editor,
 * what to do next, and which answer shows that the problem was reproduced. Pure: the playground's
 * hook applies a plan to the mock; nothing here touches the DOM or the clock.
 */
import type { MockClientInput } from '../authServer/clientRegistry';
import type { RequestOutcome } from '../authServer/events';
import { NO_FAULTS, type FaultSettings } from '../authServer/faults';
import { DEFAULT_TOKEN_LIFETIME_SECONDS } from '../authServer/issueToken';
import { DEFAULT_RATE_LIMIT } from '../authServer/rateLimiter';
import type { SettingsChange } from '../authServer/settings';
import {
  AUDIENCES,
  DEFAULT_TOKEN_URL,
  grpcAddressFor,
  KNOWN_REGIONS,
  restAddressFor,
  type ConsoleScope,
  type Credentials,
} from '../credentials/model';
import { parseCredentials } from '../credentials/parseCredentials';
import { writeConsoleFile } from '../credentials/writeCredentials';
import { REPRO_TEXTS } from './reproTexts';

export { REPRO_CASE_IDS, reproPath, readReproCase, isReproCaseId, type ReproCaseId } from './reproCases';
import { isReproCaseId, REPRO_CASE_IDS, type ReproCaseId } from './reproCases';

/** The client a reproduction works with: the loaded credentials, or a demo client of the mock. */
export interface ReproClient {
  clientId: string;
  clientSecret: string;
  clusterId: string;
  region: string;
  scopes: ConsoleScope[];
}

/** Values for the playground's token request form; absent fields keep what the form has. */
export interface TokenRequestPrefill {
  tokenUrl?: string;
  clientId?: string;
  clientSecret?: string;
  audience?: string;
}

/** What the mock's answer looks like once the problem shows. */
interface ExpectedAnswer {
  status: number;
  outcome: RequestOutcome;
  /** For a 200 that is still wrong: the audience the token was issued for. */
  audience?: string;
}

export interface ReproPlan {
  caseId: ReproCaseId;
  /** Short name for the banner: "Reproducing: <title>". */
  title: string;
  /** Register (or replace) this client in the mock first, so the case does not fail for another reason. */
  register: MockClientInput;
  /** The mock's settings: the defaults, plus what the case changes. */
  settings: SettingsChange;
  /** The mock's faults: none, plus what the case switches on. */
  faults: FaultSettings;
  /** Forget earlier rate-limit blocks and slow 401s, so the case starts clean. */
  resetLimiter: true;
  prefill: TokenRequestPrefill;
  /** Replaces the credentials editor's text (the old text comes back when the reproduction ends). */
  fileText?: string;
  /** What the credentials check says about `fileText` (errors and warnings, line by line). */
  fileProblems?: string[];
  /** Numbered steps for the reader. */
  steps: string[];
  /** The answer that means "reproduced", if the token step shows it at all. */
  expected?: ExpectedAnswer;
  /** What to look for and how to fix it, in one or two sentences. */
  lookFor: string;
}

export class ReproError extends Error {
  readonly code: 'ERR_UNKNOWN_REPRO_CASE';
  constructor(message: string) {
    super(message);
    this.name = 'ReproError';
    this.code = 'ERR_UNKNOWN_REPRO_CASE';
  }
}

/** The loaded credentials as a reproduction client. */
export function reproClientFromCredentials(c: Credentials): ReproClient {
  return { clientId: c.clientId, clientSecret: c.clientSecret, clusterId: c.clusterId, region: c.region, scopes: [...c.scopes] };
}

/**
 * A secret that differs from `secret` in its last four characters and nowhere else, like a copy
 * from before a rotation would. Stays in the Console alphabet so the mock reads it as well formed.
 */
export function staleSecretFor(secret: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const keep = secret.slice(0, Math.max(0, secret.length - 4));
  const tail = [...secret.slice(keep.length).padEnd(4, 'a')]
    .map((ch) => alphabet[(alphabet.indexOf(ch) + 17 + alphabet.length) % alphabet.length])
    .join('');
  return keep + tail;
}

/** Another known region than `region`, for the wrong-region case. */
export function otherRegion(region: string): string {
  return KNOWN_REGIONS.find((r) => r !== region) ?? KNOWN_REGIONS[0];
}

function credentialsFor(client: ReproClient, overrides: Partial<Credentials> = {}): Credentials {
  return {
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    clusterId: client.clusterId,
    region: client.region,
    audience: AUDIENCES.zeebe,
    authorizationServerUrl: DEFAULT_TOKEN_URL,
    // Only Zeebe: base URL lines of other scopes would add warnings unrelated to the case.
    scopes: ['Zeebe'],
    zeebeGrpcAddress: grpcAddressFor(client.clusterId, client.region),
    zeebeRestAddress: restAddressFor(client.clusterId, client.region),
    ...overrides,
  };
}

/** Replace the value of one `export NAME='…'` line. */
function setExport(fileText: string, name: string, value: string): string {
  return fileText.replace(new RegExp(`^export ${name}=.*$`, 'm'), `export ${name}='${value}'`);
}

function describeProblems(fileText: string): string[] {
  return parseCredentials(fileText)
    .problems.filter((p) => p.severity !== 'info')
    .map((p) => `Line ${p.line}: ${p.message}`);
}

const BASE_SETTINGS: SettingsChange = { tokenLifetimeSeconds: DEFAULT_TOKEN_LIFETIME_SECONDS, rateLimit: { ...DEFAULT_RATE_LIMIT }, allowProcessInstanceCreation: true };

/** Plan the reproduction of `caseId` with `client`. Throws ReproError for an unknown case. */
export function planRepro(caseId: string, client: ReproClient): ReproPlan {
  if (!isReproCaseId(caseId)) {
    throw new ReproError(`There is no reproduction called "${caseId}". Use one of: ${REPRO_CASE_IDS.join(', ')}.`);
  }
  const texts = REPRO_TEXTS[caseId];
  const good: TokenRequestPrefill = { tokenUrl: DEFAULT_TOKEN_URL, clientId: client.clientId, clientSecret: client.clientSecret, audience: AUDIENCES.zeebe };
  const plan: ReproPlan = {
    caseId,
    title: texts.title,
    register: { ...client, scopes: [...client.scopes] },
    settings: { ...BASE_SETTINGS, rateLimit: { ...DEFAULT_RATE_LIMIT } },
    faults: { ...NO_FAULTS },
    resetLimiter: true,
    prefill: good,
    steps: texts.steps,
    lookFor: texts.lookFor,
  };
  switch (caseId) {
    case 'invalid-client':
      return { ...plan, prefill: { ...good, clientSecret: staleSecretFor(client.clientSecret) }, expected: { status: 401, outcome: 'invalid_client' } };
    case 'audience-mismatch': {
      // The client needs the Tasklist scope to get a Tasklist token; the point is that Zeebe refuses it.
      const scopes: ConsoleScope[] = client.scopes.includes('Tasklist') ? [...client.scopes] : [...client.scopes, 'Tasklist'];
      return {
        ...plan,
        register: { ...plan.register, scopes },
        prefill: { ...good, audience: AUDIENCES.tasklist },
        expected: { status: 200, outcome: 'issued', audience: AUDIENCES.tasklist },
      };
    }
    case 'rate-limited':
      return { ...plan, settings: { ...plan.settings, rateLimit: { ratePerSecond: 1, burst: 2, blockMs: 30_000 } }, expected: { status: 429, outcome: 'rate_limited' } };
    case 'expired-token':
      return { ...plan, settings: { ...plan.settings, tokenLifetimeSeconds: 60 }, expected: { status: 200, outcome: 'issued' } };
    case 'clock-skew':
      return { ...plan, faults: { ...plan.faults, clockSkewSeconds: -2 * 86_400 }, expected: { status: 200, outcome: 'issued' } };
    case 'maintenance':
      return { ...plan, faults: { ...plan.faults, maintenance: true }, expected: { status: 503, outcome: 'maintenance' } };
    case 'wrong-region': {
      // A region typed by hand next to an address copied from the Console: the two disagree.
      const file = writeConsoleFile(credentialsFor(client));
      const fileText = setExport(file, 'CAMUNDA_CLUSTER_REGION', otherRegion(client.region));
      return { ...plan, fileText, fileProblems: describeProblems(fileText), expected: { status: 200, outcome: 'issued' } };
    }
    case 'tls-port': {
      const file = writeConsoleFile(credentialsFor(client), '8.8');
      const host = grpcAddressFor(client.clusterId, client.region).replace(/:443$/, '');
      const plaintext = setExport(setExport(file, 'ZEEBE_ADDRESS', `${host}:26500`), 'ZEEBE_GRPC_ADDRESS', `grpc://${host}:26500`);
      return { ...plan, fileText: plaintext, fileProblems: describeProblems(plaintext) };
    }
    case 'api-401-vs-403':
      // The token step succeeds; the cluster call in step 4 shows the 403 (and the 401 beside it).
      return { ...plan, settings: { ...plan.settings, allowProcessInstanceCreation: false } };
    case 'cluster-id-audience':
      // What pyzeebe 3.0.0rc4 sent (pyzeebe#217): the bare cluster id as the audience.
      return { ...plan, prefill: { ...good, audience: client.clusterId }, expected: { status: 403, outcome: 'access_denied' } };
    case 'missing-secret': {
      const file = writeConsoleFile(credentialsFor(client));
      const fileText = file.replace(/^export ZEEBE_CLIENT_SECRET=.*\n/m, '');
      return { ...plan, fileText, fileProblems: describeProblems(fileText) };
    }
  }
}

/** An answer the mock gave, as its event stream reports it. */
export interface ObservedAnswer {
  status: number;
  outcome: RequestOutcome;
  audience: string | null;
}

/** True when `answer` is the one that shows the case's problem. */
export function isReproduced(plan: ReproPlan, answer: ObservedAnswer): boolean {
  const expected = plan.expected;
  if (!expected) return false;
  if (answer.status !== expected.status || answer.outcome !== expected.outcome) return false;
  return expected.audience === undefined || answer.audience === expected.audience;
}
