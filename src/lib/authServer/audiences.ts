/**
 * Which audiences the mock knows and which a given client may ask for.
 *
 * A client's Console scopes decide its audiences: Zeebe → `zeebe.camunda.io` (and the legacy
 * `<clusterId>.<region>.zeebe.camunda.io` of its own cluster), Tasklist → `tasklist.camunda.io`,
 * and so on. `api.cloud.camunda.io` belongs to Administration API clients, which the registry marks
 * with `administrationApi`.
 */
import { AUDIENCES, type ConsoleScope } from '../credentials/model';

const LEGACY_ZEEBE_AUDIENCE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([a-z]+-[0-9]+)\.zeebe\.camunda\.io$/;

const SCOPE_OF_AUDIENCE: Record<string, ConsoleScope | 'administration'> = {
  [AUDIENCES.zeebe]: 'Zeebe',
  [AUDIENCES.tasklist]: 'Tasklist',
  [AUDIENCES.operate]: 'Operate',
  [AUDIENCES.optimize]: 'Optimize',
  [AUDIENCES.console]: 'administration',
};

export type AudienceKind =
  | { kind: 'component'; scope: ConsoleScope | 'administration' }
  | { kind: 'legacy-zeebe'; clusterId: string; region: string };

/** Recognise a known audience, or return null. */
export function classifyAudience(audience: string): AudienceKind | null {
  const scope = SCOPE_OF_AUDIENCE[audience];
  if (scope) return { kind: 'component', scope };
  const legacy = LEGACY_ZEEBE_AUDIENCE.exec(audience);
  if (legacy) return { kind: 'legacy-zeebe', clusterId: legacy[1], region: legacy[2] };
  return null;
}

/** A hint for near misses such as `https://zeebe.camunda.io/` or `Zeebe.Camunda.io`. */
export function suggestAudience(audience: string): string | null {
  const bare = audience.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/+$/, '');
  if (bare !== audience && classifyAudience(bare)) return bare;
  return null;
}

export interface AudienceHolder {
  clusterId: string;
  region: string;
  scopes: readonly ConsoleScope[];
  administrationApi?: boolean;
}

/** Why `client` may not have a token for `kind`, or null when it may. */
export function refuseAudience(client: AudienceHolder, audience: string, kind: AudienceKind): string | null {
  if (kind.kind === 'legacy-zeebe') {
    if (!client.scopes.includes('Zeebe')) return `Client is not allowed to access "${audience}": it has no Zeebe scope. Create a client with the Zeebe scope in Console.`;
    if (kind.clusterId !== client.clusterId || kind.region !== client.region) {
      return `Client is not allowed to access "${audience}": it belongs to cluster ${client.clusterId} in ${client.region}. Use audience zeebe.camunda.io or ${client.clusterId}.${client.region}.zeebe.camunda.io.`;
    }
    return null;
  }
  if (kind.scope === 'administration') {
    return client.administrationApi
      ? null
      : `Client is not allowed to access "${audience}": that is the Administration API, which needs an Administration API client (created under Organization → Administration API), not a cluster client.`;
  }
  return client.scopes.includes(kind.scope)
    ? null
    : `Client is not allowed to access "${audience}": it lacks the ${kind.scope} scope. Add the scope to the client in Console or ask for another audience.`;
}
