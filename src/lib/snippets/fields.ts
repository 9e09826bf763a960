/**
 * The values a snippet needs, taken from loaded credentials or, field by field, from clear
 * placeholders. Every generator reads these instead of the raw `Credentials` so placeholders,
 * secret marking and endpoint overrides (for the local mock server) are decided in one place.
 */
import {
  AUDIENCES,
  DEFAULT_TOKEN_URL,
  grpcAddressFor,
  restAddressFor,
  type Credentials,
} from '../credentials/model';
import { DEFAULT_CAMUNDA_VERSION, type CamundaVersionId } from '../camundaVersion';

export interface Field {
  value: string;
  /** The client secret: to be masked on screen. */
  secret: boolean;
  /** A stand-in such as `<your-client-id>`, not a real value. */
  placeholder: boolean;
}

export interface SnippetFields {
  clientId: Field;
  clientSecret: Field;
  clusterId: Field;
  region: Field;
  audience: Field;
  tokenUrl: Field;
  /** `host:443`, no scheme, as the Console file's `ZEEBE_ADDRESS`. */
  grpcAddress: Field;
  /** `https://<region>.zeebe.camunda.io/<clusterId>`, no trailing slash. */
  restAddress: Field;
  /** True when real credentials were given (some fields may still be placeholders). */
  loaded: boolean;
  /** The Camunda version the snippet is written for (Spring property names differ). */
  version: CamundaVersionId;
}

/** Point snippets somewhere else, e.g. at `npm run mock-server` on localhost. */
export interface SnippetEndpoints {
  tokenUrl?: string;
  restAddress?: string;
  /** `host:port` without a scheme. */
  grpcAddress?: string;
  audience?: string;
}

/** Where `npm run mock-server` listens unless told otherwise (`--port`). */
const MOCK_SERVER_ORIGIN = 'http://127.0.0.1:8089';

/**
 * Endpoints for trying a snippet against the local mock server. Given the cluster, the REST
 * address is the one the server prints (`<origin>/<region>/<clusterId>`), which answers REST calls;
 * it serves no gRPC.
 */
export function mockServerEndpoints(origin: string = MOCK_SERVER_ORIGIN, cluster?: { clusterId: string; region: string }): SnippetEndpoints {
  const base = origin.replace(/\/+$/, '');
  return { tokenUrl: `${base}/oauth/token`, restAddress: cluster ? `${base}/${cluster.region}/${cluster.clusterId}` : `${base}/zeebe` };
}

export const PLACEHOLDERS = {
  clientId: '<your-client-id>',
  clientSecret: '<your-client-secret>',
  clusterId: '<your-cluster-id>',
  region: '<your-region>',
} as const;

function plain(value: string, placeholder = false): Field {
  return { value, secret: false, placeholder };
}

function pick(value: string | undefined, fallback: string): Field {
  return value && value.trim() !== '' ? plain(value) : plain(fallback, true);
}

export function resolveFields(credentials: Credentials | undefined, endpoints: SnippetEndpoints = {}, version: CamundaVersionId = DEFAULT_CAMUNDA_VERSION): SnippetFields {
  const clientId = pick(credentials?.clientId, PLACEHOLDERS.clientId);
  const secretField = pick(credentials?.clientSecret, PLACEHOLDERS.clientSecret);
  const clientSecret: Field = { ...secretField, secret: !secretField.placeholder };
  const clusterId = pick(credentials?.clusterId, PLACEHOLDERS.clusterId);
  const region = pick(credentials?.region, PLACEHOLDERS.region);
  const derivedGrpc = grpcAddressFor(clusterId.value, region.value);
  const derivedRest = restAddressFor(clusterId.value, region.value);
  const derivedArePlaceholders = clusterId.placeholder || region.placeholder;
  return {
    clientId,
    clientSecret,
    clusterId,
    region,
    audience: plain(endpoints.audience || credentials?.audience || AUDIENCES.zeebe),
    tokenUrl: plain(endpoints.tokenUrl || credentials?.authorizationServerUrl || DEFAULT_TOKEN_URL),
    grpcAddress: endpoints.grpcAddress
      ? plain(endpoints.grpcAddress)
      : credentials?.zeebeGrpcAddress
        ? plain(stripScheme(credentials.zeebeGrpcAddress))
        : plain(derivedGrpc, derivedArePlaceholders),
    restAddress: endpoints.restAddress
      ? plain(stripSlash(endpoints.restAddress))
      : credentials?.zeebeRestAddress
        ? plain(stripSlash(credentials.zeebeRestAddress))
        : plain(derivedRest, derivedArePlaceholders),
    loaded: credentials !== undefined,
    version,
  };
}

/** Whether the gRPC endpoint speaks TLS; only a local mock listens in plain text. */
export function isPlaintextRest(fields: SnippetFields): boolean {
  return fields.restAddress.value.startsWith('http://');
}

/** The gRPC address with a scheme, e.g. `grpcs://host:443` (Node) or `https://host:443` (Java). */
export function grpcUrl(fields: SnippetFields, style: 'grpc' | 'http'): string {
  const secure = !isPlaintextRest(fields);
  const scheme = style === 'grpc' ? (secure ? 'grpcs' : 'grpc') : secure ? 'https' : 'http';
  return `${scheme}://${fields.grpcAddress.value}`;
}

function stripScheme(address: string): string {
  return address.replace(/^[a-z]+:\/\//i, '');
}

function stripSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/** A field with another value but the same flags, for derived values such as URLs. */
export function deriveField(field: Field, value: string): Field {
  return { ...field, value };
}
