/** Public face of the mock Orchestration Cluster REST API (see clusterApi.ts). */
export { createClusterApi, type ClusterApi } from './clusterApi';
export { CLOCK_SKEW_SECONDS } from './checkBearer';
export { matchClusterUrl } from './routes';
export { CallSetupError, ENDPOINTS, FAILURE_VARIANTS, prepareCall, restAddressForCall, type ApiEndpoint, type CallVariant, type PreparedCall } from './variants';
export { explainApiResponse, type ApiExplanation } from './explainApiResponse';
export { formatApiRequest } from './formatCall';
