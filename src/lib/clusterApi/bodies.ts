/**
 * Response bodies of the mock cluster. The field names follow the 8.8 REST API
 * (`TopologyResponse`, `CamundaUserResult`, `CreateProcessInstanceResult` in the
 * @camunda8/orchestration-cluster-api 8.8 types, generated from Camunda's OpenAPI spec); the
 * values are the mock's own: three brokers, three partitions, replication factor 3.
 */
import type { JWTPayload } from 'jose';

const MOCK_GATEWAY_VERSION = '8.8.0';
const BROKERS = 3;
const PARTITIONS = 3;

export function topologyBody(clusterId: string) {
  const brokers = Array.from({ length: BROKERS }, (_, nodeId) => ({
    nodeId,
    host: `zeebe-${nodeId}.zeebe-broker-service.${clusterId}-zeebe.svc.cluster.local`,
    port: 26501,
    partitions: Array.from({ length: PARTITIONS }, (__, p) => ({
      partitionId: p + 1,
      role: (p % BROKERS) === nodeId ? 'leader' : 'follower',
      health: 'healthy',
    })),
    version: MOCK_GATEWAY_VERSION,
  }));
  return { brokers, clusterSize: BROKERS, partitionsCount: PARTITIONS, replicationFactor: BROKERS, gatewayVersion: MOCK_GATEWAY_VERSION, lastCompletedChangeId: '-1' };
}

/** Who the token says the caller is; for an API client the client id stands in for a user name. */
export function meBody(payload: JWTPayload) {
  const clientId = String(payload['https://camunda.com/clientId'] ?? payload.azp ?? payload.sub ?? '');
  return {
    username: clientId,
    displayName: clientId,
    email: null,
    authorizedComponents: [],
    tenants: [],
    groups: [],
    roles: [],
    salesPlanType: 'mock',
    c8Links: {},
    canLogout: false,
  };
}

/** Process instance keys are 64-bit numbers sent as strings in 8.8; the mock counts up from a fixed base. */
export function processInstanceBody(processDefinitionId: string, sequence: number) {
  const key = String(2251799813685249n + BigInt(sequence));
  return {
    processDefinitionId,
    processDefinitionKey: '2251799813685248',
    processDefinitionVersion: 1,
    tenantId: '<default>',
    variables: {},
    processInstanceKey: key,
  };
}
