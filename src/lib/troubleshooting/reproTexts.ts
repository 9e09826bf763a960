/**
 * The words of each reproduction: the banner's title, the steps, and what to look for. Kept apart
 * from the plans so the prose can change without touching the logic.
 */
import type { ReproCaseId } from './repro';

export interface ReproTexts {
  title: string;
  steps: string[];
  lookFor: string;
}

export const REPRO_TEXTS: Record<ReproCaseId, ReproTexts> = {
  'invalid-client': {
    title: '401 invalid_client (wrong or rotated secret)',
    steps: [
      'The form below now holds your client id with a secret that differs in its last four characters, like a copy from before a rotation.',
      'Press "Request token". The mock answers 401 with error invalid_client.',
      'Press it again: the second failure within ten minutes is answered only after 30 seconds, as the real service does for repeated wrong secrets.',
    ],
    lookFor:
      'The client id alone does not tell a good secret from a stale one. Tick "Show secret" and compare it with the credentials file character by character; once it matches, the same button gets a token.',
  },
  'audience-mismatch': {
    title: 'Audience mismatch (a token for the wrong API)',
    steps: [
      'The form now asks for a token with the audience tasklist.camunda.io.',
      'Press "Request token". The token endpoint issues a token: the explanation says which audience it was issued for.',
      'Zeebe accepts only tokens for zeebe.camunda.io, so a call with this token would fail with UNAUTHENTICATED (gRPC) or 401 (REST). Switch Audience to Zeebe and ask again to see the difference.',
    ],
    lookFor:
      'A 200 from the token endpoint is not the end of the story: read the aud claim of the token. For Zeebe it must be zeebe.camunda.io (or the legacy <cluster id>.<region>.zeebe.camunda.io).',
  },
  'rate-limited': {
    title: '429 Too Many Requests (the shared rate limit)',
    steps: [
      'The mock now allows two quick token requests instead of five, then blocks the address for 30 seconds.',
      'Press "Request token" three times in quick succession. The third answer is 429 with a Retry-After header.',
      'Press it once more: still 429, although nothing is wrong with the credentials. Every request from the address is refused until the block ends.',
    ],
    lookFor:
      'The limit is per address, not per client: in an office or behind a NAT gateway, one client without a token cache blocks everybody. Cache the token and find clients that ask too often.',
  },
  'expired-token': {
    title: 'Expired token (a token used past its exp)',
    steps: [
      'The mock now issues tokens that live 60 seconds instead of 24 hours.',
      'Press "Request token". The explanation says how long the token is valid.',
      'A client that keeps this token longer than a minute without asking for a new one sends an expired token: Zeebe answers UNAUTHENTICATED or 401.',
    ],
    lookFor:
      'Clients must not use a token past exp. The official clients check it before every call: the Go client and zbctl renew 10 s before exp, the Node.js SDK 1 s before, released Java clients (8.6 to 8.8) once it has expired, and all fetch again after a 401. A stream of failures means the refresh itself fails.',
  },
  'clock-skew': {
    title: 'Clock skew (the issuer and your machine disagree on the time)',
    steps: [
      'The mock now stamps its tokens two days in the past, as if its clock and this machine’s disagreed.',
      'Press "Request token". The token is issued, but the explanation says its exp claim is already in the past.',
      'A client that compares exp with its own clock throws such a token away at once and asks again, and again: that ends in 429.',
    ],
    lookFor:
      'Compare iat and exp of a fresh token with your clock. A large difference points at the machine’s time: keep it synchronised (NTP), especially in containers and virtual machines resumed from sleep.',
  },
  maintenance: {
    title: '503 during maintenance (the service is down for a while)',
    steps: [
      'The mock now answers every token request with 503 and a Retry-After header, as in a maintenance window. (What SaaS sends during maintenance is not documented: this is the mock’s choice.)',
      'Press "Request token" and read the Retry-After header in the response.',
    ],
    lookFor:
      'Nothing is wrong with the credentials. A client should keep using a cached token that is still valid and retry later with backoff, never in a tight loop.',
  },
  'wrong-region': {
    title: 'Wrong region (the cluster address does not match)',
    steps: [
      'The credentials editor now holds a file whose CAMUNDA_CLUSTER_REGION was changed by hand, so it no longer matches the region in ZEEBE_ADDRESS.',
      'Read the problems the credentials check reports for the file (listed below).',
      'Press "Request token": it still works. The token endpoint is the same for every region, so a wrong region shows only when the client calls the cluster.',
    ],
    lookFor:
      'Copy cluster id and region from the credentials file instead of typing them; its ZEEBE_ADDRESS and ZEEBE_REST_ADDRESS already have the right form.',
  },
  'tls-port': {
    title: 'TLS and port (a plaintext address on port 26500)',
    steps: [
      'The credentials editor now holds a file whose addresses use port 26500 and grpc:// (no TLS), as a local or self-managed gateway would.',
      'Read the problems the credentials check reports for the file (listed below).',
    ],
    lookFor:
      'SaaS listens on port 443 and speaks TLS only. Use the addresses from the Console file: grpcs://… :443 for gRPC, https:// for REST.',
  },
  'api-401-vs-403': {
    title: '401 versus 403 from the cluster (token refused, or permission missing)',
    steps: [
      'The mock cluster now refuses to let clients create process instances, as a cluster where the client has no such authorization would.',
      'Press "Request token", then in step 4 choose "POST /v2/process-instances" and press "Call Zeebe": 403 Forbidden, although the token is valid.',
      'Press "Expired token" beside it: 401 Unauthorized with a WWW-Authenticate header, because the token itself is refused.',
    ],
    lookFor:
      'A 401 is about the token: get a correct, fresh one (audience, cluster, expiry). A 403 is about permissions: a new token changes nothing; grant the client the authorization.',
  },
  'cluster-id-audience': {
    title: '403 from the token endpoint (an audience the service does not know)',
    steps: [
      'The form now asks for a token with the bare cluster id as the audience, as pyzeebe 3.0.0rc4 did.',
      'Press "Request token". The mock answers 403 access_denied with "Service not found", as services built on Auth0 do (what SaaS sends exactly is not confirmed).',
      'Switch Audience to Zeebe (zeebe.camunda.io) and ask again: the same client gets a token.',
    ],
    lookFor: 'A 403 from the token endpoint means the audience, not the secret. Use zeebe.camunda.io, or upgrade a client that builds the audience itself.',
  },
  'missing-secret': {
    title: 'A credential missing from the configuration',
    steps: [
      'The credentials editor now holds a file without its ZEEBE_CLIENT_SECRET line, as when a variable is not set in the process environment.',
      'Read the problems the credentials check reports for the file (listed below).',
    ],
    lookFor: 'Clients name the variable they miss (Node SDK: "Missing required configuration"). Set it in the environment of the process that runs the client, not only in your shell.',
  },
};
