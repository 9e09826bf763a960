/**
 * The mock auth server for Node tests: msw/node intercepts fetch and answers with the same
 * handlers the browser worker uses.
 */
import { setupServer, type SetupServer } from 'msw/node';
import type { AuthServer } from '../lib/authServer/authServer';
import type { ClusterApi } from '../lib/clusterApi/clusterApi';
import { createApiHandlers } from './apiHandlers';
import { createHandlers, type MockHandlerOptions } from './handlers';

export function setupMockAuthServer(authServer: AuthServer, options: MockHandlerOptions = {}, clusterApi?: ClusterApi): SetupServer {
  return setupServer(...createHandlers(authServer, options), ...(clusterApi ? createApiHandlers(clusterApi, options) : []));
}

