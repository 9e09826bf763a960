/** Public face of the mock Orchestration Cluster REST API (see clusterApi.ts). */
export { createClusterApi, type ApiHttpRequest, type ClusterApi, type ClusterApiOptions } from './clusterApi';
export type { ApiCallListener, ApiEvent } from './apiEvents';
export { CLOCK_SKEW_SECONDS, checkBearer, readBearer } from './checkBearer';
export { ClusterApiError, REALM, type ClusterApiErrorCode, type ProblemDetail } from './problem';
export { localRestAddress, matchClusterUrl, type ClusterRoute } from './routes';
export { MOCK_GATEWAY_VERSION, topologyBody } from './bodies';
export { CallSetupError, ENDPOINTS, FAILURE_VARIANTS, OTHER_CLUSTER_ID, prepareCall, restAddressForCall, type ApiEndpoint, type CallVariant, type PreparedCall, type VariantInfo } from './variants';
export { explainApiResponse, type ApiExplanation } from './explainApiResponse';
export { formatApiRequest } from './formatCall';
