/**
 * The mock auth server for Node tests: msw/node intercepts fetch and answers with the same
 * handlers the browser worker uses.
 */
import { setupServer, type SetupServer } from 'msw/node';
import { createAuthServer, type AuthServer, type AuthServerOptions } from '../lib/authServer/authServer';
import { createClusterApi, type ClusterApi } from '../lib/clusterApi/clusterApi';
import { createApiHandlers } from './apiHandlers';
import { createHandlers, type MockHandlerOptions } from './handlers';

export function setupMockAuthServer(authServer: AuthServer, options: MockHandlerOptions = {}, clusterApi?: ClusterApi): SetupServer {
  return setupServer(...createHandlers(authServer, options), ...(clusterApi ? createApiHandlers(clusterApi, options) : []));
}

/** Convenience for tests: a fresh core plus an msw/node server around it (not yet listening). */
export function createNodeMock(options: AuthServerOptions, handlerOptions: MockHandlerOptions = {}): { authServer: AuthServer; clusterApi: ClusterApi; mswServer: SetupServer } {
  const authServer = createAuthServer(options);
  const clusterApi = createClusterApi({ authServer, clock: options.clock });
  return { authServer, clusterApi, mswServer: setupMockAuthServer(authServer, handlerOptions, clusterApi) };
}
