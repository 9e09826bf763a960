/**
 * Second half of validation: compare values with each other (two names for one thing, addresses
 * against the cluster id and region, base URLs against scopes), check that nothing required is
 * missing, and assemble the credentials.
 */
import type { CredentialsFormat, Entry } from './entry';
import {
  AUDIENCES,
  DEFAULT_REGION,
  DEFAULT_TOKEN_URL,
  componentUrlFor,
  grpcAddressFor,
  restAddressFor,
  type ConsoleScope,
  type Credentials,
} from './model';
import { collectValues, type Candidate } from './collectValues';
import { createProblem, type Problem, type SourceRange } from './problems';
import { selfManagedProblem } from './selfManaged';
import type { CamundaVersionId } from '../camundaVersion';
import type { CredentialField } from './variables';

/** What the file gave, before defaults are filled in. */
export type PartialCredentials = Partial<Credentials> & { mode?: string };

export interface ValidationResult {
  partial: PartialCredentials;
  /** Present when client id, secret and cluster are known; other values fall back to SaaS defaults. */
  credentials?: Credentials;
  problems: Problem[];
}

const FIELD_LABELS: Record<CredentialField, string> = {
  clientId: 'client id', clientSecret: 'client secret', clusterId: 'cluster id', region: 'region', audience: 'audience',
  authorizationServerUrl: 'token endpoint', scopes: 'scopes', zeebeGrpcAddress: 'gRPC address', zeebeRestAddress: 'REST address',
  tasklistBaseUrl: 'Tasklist URL', operateBaseUrl: 'Operate URL', optimizeBaseUrl: 'Optimize URL', mode: 'client mode', name: 'client name',
};

const COMPONENTS = [
  { scope: 'Tasklist', field: 'tasklistBaseUrl', component: 'tasklist' },
  { scope: 'Operate', field: 'operateBaseUrl', component: 'operate' },
  { scope: 'Optimize', field: 'optimizeBaseUrl', component: 'optimize' },
] as const;

/** Fields whose values name a cluster id and region, in the order they are trusted. */
const CLUSTER_SOURCES: CredentialField[] = ['zeebeGrpcAddress', 'zeebeRestAddress', 'tasklistBaseUrl', 'operateBaseUrl', 'optimizeBaseUrl', 'audience'];

const where = (c: Candidate): string => `${c.entry.key} (line ${c.entry.keyRange.line})`;

/** Names to suggest when something required is missing, per format. */
const MISSING_HINTS: Record<'clientId' | 'clientSecret' | 'cluster', Record<CredentialsFormat, string>> = {
  clientId: { shell: "export ZEEBE_CLIENT_ID='…'", env: 'ZEEBE_CLIENT_ID=…', properties: 'camunda.client.auth.client-id=…', yaml: 'camunda.client.auth.client-id', json: '"clientId"' },
  clientSecret: { shell: "export ZEEBE_CLIENT_SECRET='…'", env: 'ZEEBE_CLIENT_SECRET=…', properties: 'camunda.client.auth.client-secret=…', yaml: 'camunda.client.auth.client-secret', json: '"clientSecret"' },
  cluster: { shell: "export CAMUNDA_CLUSTER_ID='…' (or ZEEBE_ADDRESS)", env: 'CAMUNDA_CLUSTER_ID=… (or ZEEBE_ADDRESS)', properties: 'camunda.client.cloud.cluster-id=…', yaml: 'camunda.client.cloud.cluster-id', json: '"clusterId"' },
};

export interface ValidateOptions {
  /** Report missing client id, secret and cluster (default true). */
  reportMissing?: boolean;
  /** The Camunda version chosen on the site; settings of the other version get a warning. */
  version?: CamundaVersionId;
}

type Chosen = Map<CredentialField, Candidate>;
type Candidates = Map<CredentialField, Candidate[]>;
interface Reference {
  value: string;
  from: Candidate;
}

/** Two names for one thing must agree: different clients read different names. Picks one per field. */
function chooseValues(candidates: Candidates, problems: Problem[]): Chosen {
  const chosen: Chosen = new Map();
  for (const [field, list] of candidates) {
    const usable = list.filter((c) => !c.broken);
    const first = usable[0] ?? list[0];
    chosen.set(field, first);
    for (const other of usable) {
      if (other === first || other.check.normalized === first.check.normalized) continue;
      problems.push(
        createProblem('conflicting-values', 'error',
          `${other.entry.key} should equal ${where(first)}: both give the ${FIELD_LABELS[field]}, and different clients read different ones. Make them the same.`,
          other.entry.valueRange, other.entry.key),
      );
    }
  }
  return chosen;
}

/** Addresses name a cluster and a region; they must be the cluster and region given explicitly. */
function checkClusterAndRegion(candidates: Candidates, chosen: Chosen, problems: Problem[]): { clusterRef?: Reference; regionRef?: Reference } {
  const explicitCluster = chosen.get('clusterId');
  const explicitRegion = chosen.get('region');
  let clusterRef = explicitCluster?.check.clusterId ? { value: explicitCluster.check.clusterId, from: explicitCluster } : undefined;
  let regionRef = explicitRegion?.check.region ? { value: explicitRegion.check.region, from: explicitRegion } : undefined;
  for (const field of CLUSTER_SOURCES) {
    for (const c of candidates.get(field) ?? []) {
      const { clusterId, region } = c.check;
      if (clusterId !== undefined) {
        if (!clusterRef) clusterRef = { value: clusterId.toLowerCase(), from: c };
        else if (clusterRef.value !== clusterId.toLowerCase()) {
          problems.push(createProblem('cluster-mismatch', 'error',
            `The cluster id in ${c.entry.key} is not the one in ${where(clusterRef.from)}. Copy both from the same Console client so they name the same cluster.`,
            c.entry.valueRange, c.entry.key));
        }
      }
      if (region !== undefined) {
        if (!regionRef) regionRef = { value: region, from: c };
        else if (regionRef.value !== region) {
          problems.push(createProblem('region-mismatch', 'error',
            `The region in ${c.entry.key} is not the one in ${where(regionRef.from)}. A cluster lives in one region; make them the same.`,
            c.entry.valueRange, c.entry.key));
        }
      }
    }
  }
  return { clusterRef, regionRef };
}

/** The Console writes a component's base URL exactly when the client has that scope. */
function checkScopesAndUrls(chosen: Chosen, unresolved: Set<CredentialField>, format: CredentialsFormat, problems: Problem[]): void {
  const scopesCandidate = chosen.get('scopes');
  const scopes = scopesCandidate && !scopesCandidate.broken ? scopesCandidate.check.scopes : undefined;
  if (!scopesCandidate || !scopes) return;
  for (const { scope, field } of COMPONENTS) {
    const url = chosen.get(field);
    if (url && !scopes.includes(scope)) {
      problems.push(createProblem('base-url-without-scope', 'warning',
        `${url.entry.key} is set, but ${scopesCandidate.entry.key} has no ${scope}. The Console writes this line only for clients with the ${scope} scope: add the scope in the Console, or delete the line.`,
        url.entry.keyRange, url.entry.key));
    } else if (!url && !unresolved.has(field) && scopes.includes(scope) && format !== 'properties' && format !== 'yaml') {
      problems.push(createProblem('scope-without-base-url', 'warning',
        `${scopesCandidate.entry.key} includes ${scope}, but the ${scope} base URL is missing. Add it (https://<region>.${scope.toLowerCase()}.camunda.io/<cluster id>), or download the file again.`,
        scopesCandidate.entry.valueRange, scopesCandidate.entry.key));
    }
  }
}

/** What the file gave, field by field; the cluster and region may come from an address. */
function partialFrom(chosen: Chosen, refs: { clusterRef?: Reference; regionRef?: Reference }): PartialCredentials {
  const value = (field: CredentialField): string | undefined => chosen.get(field)?.entry.value;
  const partial: PartialCredentials = {};
  const set = (field: keyof PartialCredentials, v: PartialCredentials[keyof PartialCredentials] | undefined) => {
    if (v !== undefined) (partial as Record<string, unknown>)[field] = v;
  };
  // In the order the fields are listed in Credentials.
  set('clientId', value('clientId'));
  set('clientSecret', value('clientSecret'));
  set('clusterId', chosen.get('clusterId')?.check.clusterId ?? value('clusterId') ?? refs.clusterRef?.value);
  set('region', value('region') ?? refs.regionRef?.value);
  set('audience', value('audience'));
  set('authorizationServerUrl', value('authorizationServerUrl'));
  set('scopes', chosen.get('scopes')?.check.scopes);
  const grpc = chosen.get('zeebeGrpcAddress');
  if (grpc) partial.zeebeGrpcAddress = grpc.broken ? grpc.entry.value : grpc.check.normalized;
  for (const field of ['zeebeRestAddress', ...COMPONENTS.map((c) => c.field), 'mode', 'name'] as const) set(field, value(field));
  return partial;
}

interface MissingContext {
  partial: PartialCredentials;
  chosen: Chosen;
  unresolved: Set<CredentialField>;
  selfManaged: boolean;
  format: CredentialsFormat;
  fileRange: SourceRange;
  reportMissing: boolean;
}

/** Client id, secret and cluster are required; a missing region falls back to the default. */
function checkMissing(ctx: MissingContext, problems: Problem[]): void {
  const { partial, chosen, unresolved, format, fileRange } = ctx;
  for (const [field, label] of [['clientId', 'client id'], ['clientSecret', 'client secret']] as const) {
    if (ctx.reportMissing && partial[field] === undefined && !unresolved.has(field)) {
      problems.push(createProblem('missing-value', 'error', `There is no ${label}. Add ${MISSING_HINTS[field][format]}.`, fileRange));
    }
  }
  // Self-Managed clusters have no SaaS cluster id: the address alone says where to connect.
  const hasAddress = chosen.has('zeebeGrpcAddress') || chosen.has('zeebeRestAddress');
  if (ctx.reportMissing && partial.clusterId === undefined && !unresolved.has('clusterId') && !unresolved.has('zeebeGrpcAddress') && !(ctx.selfManaged && hasAddress)) {
    problems.push(createProblem('missing-value', 'error', `Nothing says which cluster to use. Add ${MISSING_HINTS.cluster[format]}.`, fileRange));
  }
  if (partial.clusterId !== undefined && partial.region === undefined && !unresolved.has('region')) {
    const at = chosen.get('clusterId')?.entry.keyRange ?? fileRange;
    problems.push(createProblem('default-region', 'info', `No region is given, so clients assume ${DEFAULT_REGION}. Add the region if your cluster runs elsewhere.`, at));
  }
}

export function validateEntries(
  entries: readonly Entry[],
  format: CredentialsFormat,
  fileRange: SourceRange,
  options: ValidateOptions = {},
): ValidationResult {
  const { candidates, unresolved, problems, selfManaged } = collectValues(entries, format, options.version);
  if (selfManaged.length) problems.unshift(selfManagedProblem(selfManaged, fileRange));
  const chosen = chooseValues(candidates, problems);
  const refs = checkClusterAndRegion(candidates, chosen, problems);
  checkScopesAndUrls(chosen, unresolved, format, problems);
  const partial = partialFrom(chosen, refs);
  checkMissing({ partial, chosen, unresolved, selfManaged: selfManaged.length > 0, format, fileRange, reportMissing: options.reportMissing ?? true }, problems);

  const result: ValidationResult = { partial, problems };
  if (partial.clientId !== undefined && partial.clientSecret !== undefined && partial.clusterId !== undefined) {
    result.credentials = completeCredentials({ ...partial, clientId: partial.clientId, clientSecret: partial.clientSecret, clusterId: partial.clusterId });
  }
  return result;
}

/** Fills what a file left out with what the SaaS clients would use. */
export function completeCredentials(partial: PartialCredentials & Pick<Credentials, 'clientId' | 'clientSecret' | 'clusterId'>): Credentials {
  const region = partial.region ?? DEFAULT_REGION;
  const { clusterId } = partial;
  const scopes: ConsoleScope[] =
    partial.scopes ?? ['Zeebe', ...COMPONENTS.filter((c) => partial[c.field] !== undefined).map((c) => c.scope)];
  const credentials: Credentials = {
    clientId: partial.clientId,
    clientSecret: partial.clientSecret,
    clusterId,
    region,
    audience: partial.audience ?? AUDIENCES.zeebe,
    authorizationServerUrl: partial.authorizationServerUrl ?? DEFAULT_TOKEN_URL,
    scopes,
    zeebeGrpcAddress: partial.zeebeGrpcAddress ?? grpcAddressFor(clusterId, region),
    zeebeRestAddress: partial.zeebeRestAddress ?? restAddressFor(clusterId, region),
  };
  for (const { scope, field, component } of COMPONENTS) {
    const url = partial[field] ?? (scopes.includes(scope) ? componentUrlFor(component, clusterId, region) : undefined);
    if (url !== undefined) credentials[field] = url;
  }
  if (partial.name !== undefined) credentials.name = partial.name;
  return credentials;
}
