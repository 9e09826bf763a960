import { describe, expect, it } from 'vitest';
import { parseMockServerArgs, ServerArgsError } from '../../src/lib/authServer/serverArgs';
import { formatMockCredentialsFile } from '../../src/lib/authServer/credentialsFile';

describe('parseMockServerArgs', () => {
  it('has defaults matching the documented ones', () => {
    expect(parseMockServerArgs([])).toEqual({ port: 8089, clientId: null, clientSecret: null, acceptAny: false, tokenLifetimeSeconds: 86400, blockSeconds: 60, tarpitSeconds: 30, log: 'text', help: false });
  });

  it('reads every flag, with a space or "="', () => {
    expect(parseMockServerArgs(['--port', '0', '--client-id=my-client-01', '--client-secret', 'my-secret-0123456789', '--accept-any', '--token-lifetime', '60', '--block-seconds=5', '--tarpit-seconds', '0', '--log', 'json'])).toEqual({
      port: 0, clientId: 'my-client-01', clientSecret: 'my-secret-0123456789', acceptAny: true, tokenLifetimeSeconds: 60, blockSeconds: 5, tarpitSeconds: 0, log: 'json', help: false,
    });
  });

  it.each([
    [['--port', 'abc'], /--port needs a whole number/],
    [['--port', '70000'], /--port/],
    [['--port'], /needs a value/],
    [['--token-lifetime', '0'], /--token-lifetime/],
    [['--log', 'yaml'], /--log takes/],
    [['--client-id', 'only-an-id-here'], /go together/],
    [['--client-id', 'bad id!', '--client-secret', 'x'.repeat(20)], /--client-id must be/],
    [['--verbose'], /Unknown option "--verbose"/],
    [['--port', '1', '--port', '2'], /given twice/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseMockServerArgs(argv)).toThrow(ServerArgsError);
    expect(() => parseMockServerArgs(argv)).toThrow(message);
  });
});

describe('formatMockCredentialsFile', () => {
  it('adds both REST address variables last when the server serves a cluster', () => {
    const client = { clientId: 'id-12345678', clientSecret: 'secret-1234567890', clusterId: 'c-1', orgId: 'o-1', region: 'syd-1', scopes: ['Zeebe' as const], administrationApi: false };
    const lines = formatMockCredentialsFile(client, 'http://127.0.0.1:8089/oauth/token', 'http://127.0.0.1:8089/syd-1/c-1').split('\n');
    expect(lines.slice(-2)).toEqual(["export ZEEBE_REST_ADDRESS='http://127.0.0.1:8089/syd-1/c-1'", "export CAMUNDA_REST_ADDRESS='http://127.0.0.1:8089/syd-1/c-1'"]);
  });

  it('writes the Console format pointing both token URL variables at the mock', () => {
    const text = formatMockCredentialsFile(
      { clientId: 'id-12345678', clientSecret: 'secret-1234567890', clusterId: 'c-1', orgId: 'o-1', region: 'syd-1', scopes: ['Zeebe', 'Operate'], administrationApi: false },
      'http://127.0.0.1:8089/oauth/token',
    );
    expect(text.split('\n')).toEqual([
      "export ZEEBE_ADDRESS='c-1.syd-1.zeebe.camunda.io:443'",
      "export ZEEBE_CLIENT_ID='id-12345678'",
      "export ZEEBE_CLIENT_SECRET='secret-1234567890'",
      "export ZEEBE_AUTHORIZATION_SERVER_URL='http://127.0.0.1:8089/oauth/token'",
      "export ZEEBE_TOKEN_AUDIENCE='zeebe.camunda.io'",
      "export CAMUNDA_CLUSTER_ID='c-1'",
      "export CAMUNDA_CLUSTER_REGION='syd-1'",
      "export CAMUNDA_CREDENTIALS_SCOPES='Zeebe,Operate'",
      "export CAMUNDA_OPERATE_BASE_URL='https://syd-1.operate.camunda.io/c-1'",
      "export CAMUNDA_OAUTH_URL='http://127.0.0.1:8089/oauth/token'",
    ]);
  });
});
