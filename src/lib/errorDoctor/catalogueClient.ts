/**
 * Cases that come from the client's configuration, its token cache, or the cluster's answer, with
 * the evidence each one leaves. Ids are the heading ids on the Troubleshooting page; weights as in
 * catalogueToken.ts.
 */
import type { DoctorCase } from './types';

export const CLIENT_CASES: DoctorCase[] = [
  {
    id: 'token-cache-not-writable',
    title: 'Token cache folder not writable',
    cause: 'The client caches tokens in a file under the home folder, which the container or function cannot write.',
    nextCheck: 'Point the cache at a writable file or folder (Java: ZEEBE_CLIENT_CONFIG_PATH; Node: CAMUNDA_TOKEN_CACHE_DIR) or mount a writable volume.',
    signals: [
      { any: ['phrase:oauthcredentialscache', 'phrase:ensurecachefileexists', 'phrase:credentials-cache-path', 'phrase:token cache'], weight: 5 },
      { any: ['exc:AccessDeniedException', 'exc:FileSystemException', 'exc:ReadOnlyFileSystemException', 'errno:EACCES', 'errno:EROFS', 'errno:EPERM', 'exc:UnauthorizedAccessException'], weight: 2 },
      { any: ['phrase:read-only file system', 'phrase:read-only', 'phrase:readonly', 'phrase:permission denied', 'phrase:not writable'], weight: 3 },
      { any: ['path:cache', 'path:home'], weight: 2 },
      { any: ['phrase:flood of token requests'], weight: 4 },
      { any: ['phrase:every invocation', 'phrase:lambda', 'phrase:home directory'], weight: 1 },
    ],
  },
  {
    id: 'stale-cached-token',
    title: 'An old cached token after switching client, cluster or tenant',
    cause: 'The cache still holds a token for the previous client, cluster or tenant, and the client keeps sending it.',
    nextCheck: 'Delete the cache entry (~/.camunda/credentials, ~/.zeebe/…) and upgrade to a client that keys its cache by client id.',
    signals: [
      { any: ['phrase:cloud.token'], weight: 4 },
      { any: ['phrase:switching', 'phrase:switched', 'phrase:another cluster', 'phrase:different cluster', 'phrase:changed cluster', 'phrase:other tenant'], weight: 5 },
      { any: ['phrase:tenant'], weight: 2 },
      { any: ['grpc:PERMISSION_DENIED', 'http:401', 'http:403'], all: ['phrase:switch'], weight: 1 },
      { any: ['http:401', 'http:403', 'grpc:PERMISSION_DENIED', 'grpc:UNAUTHENTICATED'], all: ['path:cache'], weight: 2 },
    ],
  },
  {
    id: 'token-not-refreshed',
    title: 'UNAUTHENTICATED minutes or hours after start: the token was not refreshed',
    cause: 'The client kept using a token past its expiry (a bug in some client versions).',
    nextCheck: 'Upgrade the client; check that one client object is created per process and kept.',
    signals: [
      { any: ['phrase:failed to parse bearer token'], weight: 6 },
      { any: ['grpc:UNAUTHENTICATED'], weight: 2 },
      { any: ['phrase:minutes after', 'phrase:after a few minutes', 'phrase:after some time', 'phrase:after a while', 'phrase:after an hour', 'phrase:after 24 hours', 'phrase:stops working'], weight: 2 },
      { any: ['ctype:text/html'], all: ['http:401'], weight: 2 },
      { any: ['phrase:jwt expired', 'phrase:token expired', 'phrase:token has expired', 'phrase:expired token'], weight: 2 },
    ],
  },
  {
    id: 'refresh-storm',
    title: '401 with text/html from the cluster, many workers at once: a refresh storm',
    cause: 'Tokens expired together and many clients asked for new ones at the same time (SaaS answers an expired token with an HTML 401).',
    nextCheck: 'Upgrade the client, create one client per process, and spread refreshes (jitter).',
    signals: [
      { any: ['ctype:text/html'], all: ['http:401'], weight: 4 },
      { any: ['phrase:invalid content-type'], weight: 1 },
      { any: ['http:429'], all: ['grpc:UNAUTHENTICATED'], weight: 2 },
      { any: ['phrase:workers', 'phrase:times a second', 'phrase:at the same time', 'phrase:all at once'], all: ['grpc:UNAUTHENTICATED'], weight: 2 },
    ],
  },
  {
    id: 'expired-token-and-clock-skew',
    title: 'Expired token and clock skew',
    cause: 'A token used past its exp claim, or a machine clock far from the issuer’s.',
    nextCheck: 'Compare iat and exp of a fresh token with the machine’s clock; keep the clock synchronised.',
    signals: [
      { any: ['phrase:jwt expired', 'phrase:token expired', 'phrase:token has expired', 'phrase:expired token', 'phrase:exp claim'], weight: 5 },
      { any: ['phrase:clock skew', 'phrase:clock'], weight: 2 },
    ],
  },
  {
    id: 'expiry-miscomputed',
    title: '401 now and then, or "The Token can’t be used before": expiry computed wrong or clocks apart',
    cause: 'The client computed expiry from the fetch time while the server returned an older cached token, or the clocks of the machines disagree.',
    nextCheck: 'Upgrade the client (it reads exp from the token) and synchronise the clocks (NTP) of client and server machines.',
    signals: [
      { any: ['phrase:be used before', 'phrase:not yet valid', 'phrase:nbf'], weight: 6 },
      { any: ['phrase:intermittent', 'phrase:sometimes', 'phrase:randomly', 'phrase:now and then'], all: ['http:401'], weight: 3 },
      { any: ['phrase:response code 401 (unauthorized)'], weight: 2 },
      { any: ['phrase:clock skew'], weight: 1 },
    ],
  },
  {
    id: 'address-format',
    title: 'Address written in the wrong form for the client',
    cause: 'Each client expects its own address form: a scheme required (Java 8.8 grpcAddress), a scheme forbidden (older Java), or a default port added when none is given (zeebe-node).',
    nextCheck: 'Write the address in the form your client and version expects (see the table in this case).',
    signals: [
      { any: ['phrase:must be an absolute uri', 'phrase:unable to resolve host http', 'phrase:illegal character in scheme'], weight: 6 },
      { any: ['phrase:name resolution failed for target'], weight: 4 },
      { any: ['port:double'], weight: 4 },
      { any: ['phrase:grpcaddress', 'phrase:restaddress', 'phrase:gatewayaddress', 'exc:URISyntaxException'], weight: 2 },
      { any: ['phrase:dns:'], weight: 1 },
    ],
  },
  {
    id: 'wrong-region-or-cluster-address',
    title: 'Wrong region or cluster address',
    cause: 'The cluster address names a host that does not exist, often a wrong or missing region.',
    nextCheck: 'Copy cluster id and region from the credentials file; resolve the host with nslookup.',
    signals: [
      { any: ['phrase:could not resolve host', 'phrase:no such host', 'errno:ENOTFOUND', 'errno:EAI_AGAIN', 'exc:UnknownHostException', 'phrase:unable to resolve host'], weight: 3 },
      { any: ['host:cluster'], all: ['step:dns'], weight: 2 },
      { any: ['phrase:region'], weight: 1 },
    ],
  },
  {
    id: 'tls-and-port',
    title: 'TLS and port (plaintext or port 26500 against SaaS)',
    cause: 'SaaS listens on port 443 with TLS only; port 26500 and plaintext settings belong to local gateways.',
    nextCheck: 'Use port 443 and TLS (grpcs://) in the address.',
    signals: [
      { any: ['phrase:26500'], all: ['host:cluster'], weight: 4 },
      { any: ['phrase:useplaintext', 'phrase:plaintext', 'phrase:network closed for unknown reason', 'phrase:--insecure'], weight: 3 },
      { any: ['phrase:26500'], weight: 1 },
    ],
  },
  {
    id: 'credentials-missing',
    title: 'Credentials not configured, or not sent',
    cause: 'The client found no client id, secret or token URL in its configuration, or sent the call without a token.',
    nextCheck: 'Set the variables your client reads (the table in this case) in the environment of the process that runs it.',
    signals: [
      { any: ['phrase:missing required configuration', 'phrase:you need to supply a value', 'phrase:unable to determine authentication', 'phrase:expected bearer token', 'phrase:no credentials'], weight: 6 },
      { any: ['phrase:but found nothing', 'phrase:is not set', 'phrase:credentials not found', 'phrase:missing credentials'], weight: 2 },
      { any: ['env:any'], all: ['phrase:missing'], weight: 1 },
    ],
  },
  {
    id: 'audience-mismatch',
    title: 'Audience mismatch: a token for another API',
    cause: 'The token was issued for another API (its aud claim), so Zeebe refuses it.',
    nextCheck: 'Decode the token and read aud: for Zeebe it must be zeebe.camunda.io.',
    signals: [
      { any: ['phrase:invalid audience', 'phrase:audience mismatch', 'phrase:wrong audience', 'phrase:aud claim', 'phrase:jwt audience'], weight: 4 },
      { any: ['phrase:audience'], unless: ['step:token'], weight: 2 },
    ],
  },
  {
    id: 'forbidden-403',
    title: '403 / PERMISSION_DENIED from the cluster: token for another API, or a missing authorization',
    cause: 'The token is valid but not for this API or cluster, or (8.8 and later) the client lacks an authorization for the resource.',
    nextCheck: 'Decode the token: aud and the cluster id must fit the API you call; on 8.8, grant the client the authorization in the cluster.',
    signals: [
      { any: ['grpc:PERMISSION_DENIED'], weight: 4 },
      { any: ['http:403'], unless: ['step:token'], weight: 4 },
      { any: ['phrase:jwt payload validation failed', 'phrase:insufficient permissions', 'phrase:unauthorized to perform', 'phrase:not authorized to'], weight: 5 },
      { any: ['host:component', 'host:cluster', 'path:api'], all: ['http:403'], weight: 1 },
    ],
  },
  {
    id: 'cluster-backpressure',
    title: '429, 503 or 500 from the cluster: backpressure, not authentication',
    cause: 'The cluster is busy and sheds load (RESOURCE_EXHAUSTED); the token is fine.',
    nextCheck: 'Look at the host that answered: a *.zeebe.camunda.io host means the cluster; back off and retry.',
    signals: [
      { any: ['grpc:RESOURCE_EXHAUSTED', 'phrase:backpressure'], weight: 5 },
      { any: ['http:429', 'http:503', 'http:500', 'http:502'], all: ['step:cluster'], weight: 5 },
    ],
  },
];
