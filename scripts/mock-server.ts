/**
 * The mock Camunda auth server as a real HTTP server on 127.0.0.1, for trying a client program
 * against it (curl, an SDK). Same core and MSW handlers as the browser playground, served through
 * @mswjs/http-middleware. Run: npm run mock-server -- --port 8089 (see --help).
 */
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as createMswExpressApp } from '@mswjs/http-middleware';
import { createAuthServer } from '../src/lib/authServer/authServer';
import { createClusterApi } from '../src/lib/clusterApi/clusterApi';
import { localRestAddress } from '../src/lib/clusterApi/routes';
import { createApiHandlers } from '../src/mocks/apiHandlers';
import { formatMockCredentialsFile } from '../src/lib/authServer/credentialsFile';
import { MOCK_SERVER_USAGE, parseMockServerArgs, ServerArgsError, type MockServerArgs } from '../src/lib/authServer/serverArgs';
import { createHandlers, SOURCE_HEADER } from '../src/mocks/handlers';

function readArgs(): MockServerArgs {
  try {
    return parseMockServerArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof ServerArgsError) {
      process.stderr.write(`mock-server: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

function main(): void {
  const args = readArgs();
  if (args.help) {
    process.stdout.write(`${MOCK_SERVER_USAGE}\n`);
    return;
  }
  const authServer = createAuthServer({
    clock: Date.now,
    acceptAny: args.acceptAny,
    tokenLifetimeSeconds: args.tokenLifetimeSeconds,
    rateLimit: { blockMs: args.blockSeconds * 1000 },
    tarpit: { delayMs: args.tarpitSeconds * 1000 },
  });
  const client = args.clientId !== null && args.clientSecret !== null
    ? authServer.clients.register({ clientId: args.clientId, clientSecret: args.clientSecret })
    : authServer.clients.generate();

  // With --log json, stdout carries only the JSON lines; the banner goes to stderr.
  const banner = args.log === 'json' ? process.stderr : process.stdout;
  authServer.subscribe((event) => {
    if (event.kind !== 'token') return;
    const time = new Date(event.time).toISOString();
    if (args.log === 'json') {
      process.stdout.write(`${JSON.stringify({ time, clientId: event.clientId, audience: event.audience, status: event.status, outcome: event.outcome, source: event.source, latencyMs: event.latencyMs })}\n`);
    } else {
      process.stdout.write(`${time} ${event.status} ${event.outcome} client=${event.clientId ?? '-'} audience=${event.audience ?? '-'} from=${event.source}\n`);
    }
  });

  // A real wait: job polls are held as a cluster holds them (see clusterApi/jobActivation.ts).
  const clusterApi = createClusterApi({ authServer, clock: Date.now, localLayout: true, wait: (ms) => new Promise((done) => setTimeout(done, ms)) });
  clusterApi.subscribe((event) => {
    const time = new Date(event.time).toISOString();
    if (args.log === 'json') {
      process.stdout.write(`${JSON.stringify({ time, kind: 'api', method: event.method, path: event.path, clusterId: event.clusterId, status: event.status, outcome: event.outcome, source: event.source })}\n`);
    } else {
      process.stdout.write(`${time} ${event.status} ${event.outcome} ${event.method} ${event.path || '-'} cluster=${event.clusterId ?? '-'} from=${event.source}\n`);
    }
  });

  const app = createMswExpressApp(...createHandlers(authServer, { wellKnownOnAnyOrigin: true }), ...createApiHandlers(clusterApi));
  app.disable('x-powered-by');
  const server = createHttpServer((req, res) => {
    // The limiter counts per remote address; never trust a caller-sent copy of the header.
    req.headers[SOURCE_HEADER] = (req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:/, '');
    app(req, res);
  });

  server.on('error', (error: NodeJS.ErrnoException) => {
    process.stderr.write(`mock-server: cannot listen on 127.0.0.1:${args.port}: ${error.code ?? error.message}\n`);
    process.exit(1);
  });

  server.listen(args.port, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    const origin = `http://127.0.0.1:${port}`;
    // Tokens from this server name it as issuer, so they verify against its own discovery.
    authServer.configure({ issuer: `${origin}/` });
    const tokenUrl = `${origin}/oauth/token`;
    const restAddress = localRestAddress(origin, client.region, client.clusterId);
    banner.write([
      `Mock Camunda auth server listening on ${origin}`,
      `  token endpoint  POST ${tokenUrl}`,
      `  discovery       ${origin}/.well-known/openid-configuration`,
      `  JWKS            ${origin}/.well-known/jwks.json`,
      `  cluster REST    ${restAddress}/v2 (GET /topology, GET /authentication/me, POST /process-instances, POST /jobs/activation; no gRPC)`,
      `  rate limit      ~1 request/s per address (burst ${authServer.getSettings().rateLimit.burst}), blocked for ${args.blockSeconds} s past it`,
      `  token lifetime  ${args.tokenLifetimeSeconds} s${args.acceptAny ? '; any well-formed client id/secret is accepted' : ''}`,
      '',
      '# Credentials for this mock (Console format). Save as a file and `source` it:',
      formatMockCredentialsFile(client, tokenUrl, restAddress),
      '',
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'));
  });

  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 1000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main();
