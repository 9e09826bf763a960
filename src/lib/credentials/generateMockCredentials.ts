/**
 * Invents credentials shaped exactly like the Console's, for the playground's mock auth server.
 * Randomness is injected (src/lib/random) so tests are repeatable; shapes come from credentialShape.ts.
 */
import { cryptoRandom, randomString, randomUuid, type RandomSource } from '../random/randomSource';
import { CONSOLE_CLIENT_ID_LENGTH, CONSOLE_CLIENT_SECRET_LENGTH, CREDENTIAL_ALPHABET } from './credentialShape';
import { componentUrlFor, CONSOLE_SCOPES, DEFAULT_REGION, DEFAULT_TOKEN_URL, AUDIENCES, grpcAddressFor, restAddressFor, type ConsoleScope, type Credentials } from './model';

export interface GenerateMockCredentialsOptions {
  region?: string;
  /** Default: Zeebe only. Written in the Console's order whatever order is given. */
  scopes?: readonly ConsoleScope[];
  name?: string;
  /** Reuse a cluster (as the Console does for every client of one cluster); default: a new random one. */
  clusterId?: string;
  random?: RandomSource;
}

export function generateMockCredentials(options: GenerateMockCredentialsOptions = {}): Credentials {
  const random = options.random ?? cryptoRandom;
  const region = options.region ?? DEFAULT_REGION;
  const wanted = options.scopes ?? ['Zeebe'];
  const scopes = CONSOLE_SCOPES.filter((s) => wanted.includes(s));
  const clusterId = options.clusterId ?? randomUuid(random);
  const credentials: Credentials = {
    clientId: randomString(CONSOLE_CLIENT_ID_LENGTH, CREDENTIAL_ALPHABET, random),
    clientSecret: randomString(CONSOLE_CLIENT_SECRET_LENGTH, CREDENTIAL_ALPHABET, random),
    clusterId,
    region,
    audience: AUDIENCES.zeebe,
    authorizationServerUrl: DEFAULT_TOKEN_URL,
    scopes,
    zeebeGrpcAddress: grpcAddressFor(clusterId, region),
    zeebeRestAddress: restAddressFor(clusterId, region),
  };
  if (scopes.includes('Tasklist')) credentials.tasklistBaseUrl = componentUrlFor('tasklist', clusterId, region);
  if (scopes.includes('Operate')) credentials.operateBaseUrl = componentUrlFor('operate', clusterId, region);
  if (scopes.includes('Optimize')) credentials.optimizeBaseUrl = componentUrlFor('optimize', clusterId, region);
  if (options.name !== undefined) credentials.name = options.name;
  return credentials;
}
