/**
 * The mock's API clients, in memory only. Clients are registered (id, secret, cluster, org,
 * region, scopes) or generated. With `acceptAny`, credentials that are merely well formed are
 * accepted too, so someone can paste the file of a real client and still get a mock token; a
 * registered id with a wrong secret is still refused, so the 401 path can be shown.
 */
import { CONSOLE_SCOPES, DEFAULT_REGION, type ConsoleScope } from '../credentials/model';
import {
  CONSOLE_CLIENT_ID_LENGTH,
  CONSOLE_CLIENT_SECRET_LENGTH,
  CREDENTIAL_ALPHABET,
  isWellFormedClientId,
  isWellFormedClientSecret,
  wellFormedRule,
} from '../credentials/credentialShape';
import { randomString, type RandomSource } from '../random/randomSource';
import { AuthServerConfigError } from './errors';

export interface MockClient {
  clientId: string;
  clientSecret: string;
  clusterId: string;
  orgId: string;
  region: string;
  scopes: ConsoleScope[];
  /** An Administration API client, allowed the audience `api.cloud.camunda.io`. */
  administrationApi: boolean;
}

export type MockClientInput = Pick<MockClient, 'clientId' | 'clientSecret'> & Partial<Omit<MockClient, 'clientId' | 'clientSecret'>>;

type ClientCheck =
  | { ok: true; client: MockClient; registered: boolean }
  | { ok: false; reason: 'unknown-client' | 'wrong-secret' | 'malformed' };

export interface ClientRegistry {
  /** Add or replace a client. Throws AuthServerConfigError (code ERR_MOCK_INVALID_CLIENT) on bad fields. */
  register(input: MockClientInput): MockClient;
  /** Make a client with random id and secret of Console's lengths. */
  generate(overrides?: Partial<Omit<MockClient, 'clientId' | 'clientSecret'>>): MockClient;
  get(clientId: string): MockClient | undefined;
  list(): MockClient[];
  remove(clientId: string): boolean;
  clear(): void;
  /** Check presented credentials. */
  check(clientId: string, clientSecret: string, acceptAny: boolean): ClientCheck;
}

/** Where the registry keeps its clients: the mock's observable store, or a plain list. */
interface ClientStore {
  get(): readonly MockClient[];
  set(clients: readonly MockClient[]): void;
}

export interface ClientRegistryOptions {
  random: RandomSource;
  /** Default: a list of its own. The auth server passes its settings store, so views hear of changes. */
  store?: ClientStore;
  /** Cluster, org and region used for generated clients and for clients accepted by `acceptAny`. */
  defaults: { clusterId: string; orgId: string; region: string };
}

const DEFAULT_SCOPES: ConsoleScope[] = ['Zeebe', 'Tasklist', 'Operate', 'Optimize'];

/** Compare without an early exit, as a real server should; cheap habit, no security claim here. */
function sameSecret(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

function validateClient(client: MockClient): MockClient {
  const fail = (message: string) => {
    throw new AuthServerConfigError('ERR_MOCK_INVALID_CLIENT', message);
  };
  if (!isWellFormedClientId(client.clientId)) {
    fail(`Client id must be ${wellFormedRule('id')}.`);
  }
  if (!isWellFormedClientSecret(client.clientSecret)) {
    fail(`Client secret must be ${wellFormedRule('secret')}.`);
  }
  for (const scope of client.scopes) {
    if (!(CONSOLE_SCOPES as readonly string[]).includes(scope)) fail(`Unknown scope "${scope}"; use ${CONSOLE_SCOPES.join(', ')}.`);
  }
  if (!/^[a-z]+-[0-9]+$/.test(client.region)) fail(`Region "${client.region}" should look like bru-2 or syd-1.`);
  if (!client.clusterId.trim() || !client.orgId.trim()) fail('Cluster id and org id must not be empty.');
  return client;
}

function listStore(): ClientStore {
  let clients: readonly MockClient[] = [];
  return { get: () => clients, set: (next) => (clients = next) };
}

const copy = (c: MockClient): MockClient => ({ ...c, scopes: [...c.scopes] });

export function createClientRegistry(options: ClientRegistryOptions): ClientRegistry {
  const { random, defaults } = options;
  const store = options.store ?? listStore();
  const find = (clientId: string) => store.get().find((c) => c.clientId === clientId);
  const without = (clientId: string) => store.get().filter((c) => c.clientId !== clientId);

  const complete = (input: MockClientInput): MockClient => ({
    clusterId: input.clusterId ?? defaults.clusterId,
    orgId: input.orgId ?? defaults.orgId,
    region: input.region ?? defaults.region ?? DEFAULT_REGION,
    scopes: [...(input.scopes ?? DEFAULT_SCOPES)],
    administrationApi: input.administrationApi ?? false,
    clientId: input.clientId,
    clientSecret: input.clientSecret,
  });

  const registry: ClientRegistry = {
    register(input) {
      const client = validateClient(complete(input));
      store.set([...without(client.clientId), client]);
      return copy(client);
    },
    generate(overrides = {}) {
      return registry.register({ ...overrides, clientId: randomString(CONSOLE_CLIENT_ID_LENGTH, CREDENTIAL_ALPHABET, random), clientSecret: randomString(CONSOLE_CLIENT_SECRET_LENGTH, CREDENTIAL_ALPHABET, random) });
    },
    get(clientId) {
      const client = find(clientId);
      return client && copy(client);
    },
    list() {
      return store.get().map(copy);
    },
    remove(clientId) {
      if (!find(clientId)) return false;
      store.set(without(clientId));
      return true;
    },
    clear() {
      if (store.get().length > 0) store.set([]);
    },
    check(clientId, clientSecret, acceptAny) {
      const known = find(clientId);
      if (known) return sameSecret(known.clientSecret, clientSecret) ? { ok: true, client: copy(known), registered: true } : { ok: false, reason: 'wrong-secret' };
      if (!acceptAny) return { ok: false, reason: 'unknown-client' };
      if (!isWellFormedClientId(clientId) || !isWellFormedClientSecret(clientSecret)) return { ok: false, reason: 'malformed' };
      return { ok: true, client: complete({ clientId, clientSecret }), registered: false };
    },
  };
  return registry;
}

/** The client the mock registers for loaded credentials: one mapping for every writer. */
export function mockClientFor(c: Pick<MockClient, 'clientId' | 'clientSecret' | 'clusterId' | 'region' | 'scopes'>): MockClientInput {
  return { clientId: c.clientId, clientSecret: c.clientSecret, clusterId: c.clusterId, region: c.region, scopes: [...c.scopes] };
}
