import { describe, expect, it } from 'vitest';
import { clientToAccept, explainUnissuedClient, isUnissuedClientRefusal } from '../../src/lib/playground/unissuedClient';
import { addHistoryEntry, describeTarget, EMPTY_HISTORY, MAX_HISTORY_ENTRIES, type CallEntry, type TokenEntry } from '../../src/lib/playground/history';
import { renderCurl, variablesNeeded } from '../../src/lib/playground/curlCommand';
import { guidedRunReducer, guidedSteps, INITIAL_GUIDED_RUN, isGuidedRunComplete, type GuidedEvent } from '../../src/lib/playground/guidedRun';
import { isEditedFile, undoOfferFor } from '../../src/lib/playground/replaceFile';
import { buildTokenRequest } from '../../src/lib/tokenRequest/buildTokenRequest';
import { UNKNOWN_CLIENT_DESCRIPTION } from '../../src/lib/authServer/authServer';
import { bodyOf, CLIENT, fakeClock, GOOD_FIELDS, makeServer, tokenRequest } from './authServerHelpers';
import { CLIENT_ID, CONSOLE_CREDENTIALS, SECRET } from './credentials.fixtures';

const REFUSED = JSON.stringify({ error: 'invalid_client', error_description: 'x' });

describe('a client the mock did not issue', () => {
  it('is told apart from a wrong secret, a malformed id and other refusals', () => {
    const base = { status: 401, body: REFUSED, clientId: CLIENT_ID, clientSecret: SECRET, registered: false };
    expect(isUnissuedClientRefusal(base)).toBe(true);
    expect(isUnissuedClientRefusal({ ...base, registered: true })).toBe(false);
    expect(isUnissuedClientRefusal({ ...base, clientId: 'short' })).toBe(false);
    expect(isUnissuedClientRefusal({ ...base, clientSecret: 'has spaces in it, not a secret' })).toBe(false);
    expect(isUnissuedClientRefusal({ ...base, status: 429, body: JSON.stringify({ error: 'too_many_requests' }) })).toBe(false);
    expect(isUnissuedClientRefusal({ ...base, body: 'not json' })).toBe(false);
  });

  it('never says the real credentials are wrong, and offers to accept them', () => {
    const text = Object.values(explainUnissuedClient(CLIENT_ID)).join(' ');
    expect(text).toContain('did not issue');
    expect(text).toMatch(/cannot check its secret/);
    expect(text).toMatch(/real credentials may well be fine/i);
    expect(text).not.toMatch(/wrong secret|create a new/i);
    expect(text).not.toContain(SECRET);
  });

  it('the mock server answers an unknown id with the same honest wording, a wrong secret with the usual one', async () => {
    const server = makeServer(fakeClock().now);
    const unknown = await server.handleTokenRequest(tokenRequest({ fields: { ...GOOD_FIELDS, client_id: CLIENT_ID, client_secret: SECRET } }));
    expect(unknown.status).toBe(401);
    expect(bodyOf(unknown)).toEqual({ error: 'invalid_client', error_description: UNKNOWN_CLIENT_DESCRIPTION });
    expect(UNKNOWN_CLIENT_DESCRIPTION).not.toMatch(/wrong secret|create a new/i);
    const wrong = await server.handleTokenRequest(tokenRequest({ fields: { ...GOOD_FIELDS, client_secret: 'R'.repeat(64) }, source: 'w' }));
    expect(String(bodyOf(wrong).error_description)).toMatch(/wrong secret/);
  });

  it('is accepted with the loaded file\'s cluster, region and scopes, and then gets a token', async () => {
    expect(clientToAccept(CLIENT_ID, SECRET, CONSOLE_CREDENTIALS)).toEqual({ clientId: CLIENT_ID, clientSecret: SECRET, clusterId: CONSOLE_CREDENTIALS.clusterId, region: 'syd-1', scopes: ['Zeebe', 'Tasklist', 'Operate', 'Optimize'] });
    expect(clientToAccept('another-client-id-0123456789', SECRET, CONSOLE_CREDENTIALS)).toEqual({ clientId: 'another-client-id-0123456789', clientSecret: SECRET });
    const server = makeServer(fakeClock().now);
    server.clients.register(clientToAccept(CLIENT_ID, SECRET, CONSOLE_CREDENTIALS));
    const ok = await server.handleTokenRequest(tokenRequest({ fields: { ...GOOD_FIELDS, client_id: CLIENT_ID, client_secret: SECRET } }));
    expect(ok.status).toBe(200);
  });
});

describe('restoreDefaults', () => {
  it('returns settings, faults, clients and the limiter to how the server started', async () => {
    const clock = fakeClock();
    const server = makeServer(clock.now);
    server.configure({ acceptAny: true, tokenLifetimeSeconds: 5, rateLimit: { blockMs: 1000 } });
    server.setFaults({ maintenance: true, latencyMs: 200 });
    server.clients.register({ clientId: CLIENT_ID, clientSecret: SECRET });
    server.setFaults({ maintenance: false });
    for (let i = 0; i < 6; i++) await server.handleTokenRequest(tokenRequest({ source: 'me' }));
    expect(server.peekLimiter('me').blockedUntil).not.toBeNull();
    let heard = 0;
    server.settingsStore.subscribe(() => (heard += 1));
    server.restoreDefaults();
    expect(heard).toBe(1);
    expect(server.getSettings()).toMatchObject({ acceptAny: false, tokenLifetimeSeconds: 86_400, rateLimit: { blockMs: 60_000 } });
    expect(server.getFaults()).toMatchObject({ maintenance: false, latencyMs: 0 });
    expect(server.clients.get(CLIENT_ID)).toBeUndefined();
    expect(server.clients.get(CLIENT.clientId)).toBeDefined();
    expect(server.peekLimiter('me')).toEqual({ budget: 5, blockedUntil: null });
  });
});

function tokenEntry(clientAuth: 'body' | 'basic', bodyFormat: 'form' | 'json'): Omit<TokenEntry, 'id'> {
  const request = buildTokenRequest({ tokenUrl: 'https://login.cloud.camunda.io/oauth/token', clientId: CLIENT_ID, clientSecret: SECRET, audience: 'zeebe.camunda.io', bodyFormat, clientAuth });
  return { kind: 'token', time: 1, request, status: 200, summary: 'Token issued', clientId: CLIENT_ID, clientSecret: SECRET, basicAuth: clientAuth === 'basic' };
}

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln';
const CALL: Omit<CallEntry, 'id'> = {
  kind: 'call',
  time: 2,
  request: { method: 'GET', url: `https://syd-1.zeebe.camunda.io/${CONSOLE_CREDENTIALS.clusterId}/v2/topology`, headers: { Authorization: `Bearer ${TOKEN}`, Accept: 'application/json' }, body: '' },
  status: 200,
  summary: 'OK',
  token: TOKEN,
};

describe('history', () => {
  it('keeps the newest first, numbers entries and drops the oldest past the cap', () => {
    let history = EMPTY_HISTORY;
    for (let i = 0; i < MAX_HISTORY_ENTRIES + 2; i++) history = addHistoryEntry(history, { ...CALL, time: i });
    expect(history.entries).toHaveLength(MAX_HISTORY_ENTRIES);
    expect(history.entries[0]).toMatchObject({ id: MAX_HISTORY_ENTRIES + 2, time: MAX_HISTORY_ENTRIES + 1 });
    expect(EMPTY_HISTORY.entries).toHaveLength(0);
    expect(describeTarget(CALL.request)).toBe(`GET syd-1.zeebe.camunda.io/${CONSOLE_CREDENTIALS.clusterId}/v2/topology`);
  });
});

describe('Copy as curl', () => {
  it('masks the secret as $ZEEBE_CLIENT_SECRET by default, and writes it only when asked', () => {
    const entry = addHistoryEntry(EMPTY_HISTORY, tokenEntry('body', 'form')).entries[0];
    const masked = renderCurl(entry, { includeSecrets: false });
    expect(masked).not.toContain(SECRET);
    expect(masked).toBe([
      'curl --silent --show-error --request POST https://login.cloud.camunda.io/oauth/token',
      "--header 'Content-Type: application/x-www-form-urlencoded'",
      "--header 'Accept: application/json'",
      "--data-urlencode 'grant_type=client_credentials'",
      "--data-urlencode 'audience=zeebe.camunda.io'",
      `--data-urlencode 'client_id=${CLIENT_ID}'`,
      '--data-urlencode "client_secret=${ZEEBE_CLIENT_SECRET}"',
    ].join(' \\\n  '));
    expect(variablesNeeded(entry)).toEqual(['ZEEBE_CLIENT_SECRET']);
    expect(renderCurl(entry, { includeSecrets: true })).toContain(`--data-urlencode 'client_secret=${SECRET}'`);
  });

  it('writes HTTP Basic as --user and a JSON body with the secret masked inside', () => {
    const basic = addHistoryEntry(EMPTY_HISTORY, tokenEntry('basic', 'json')).entries[0];
    const masked = renderCurl(basic, { includeSecrets: false });
    expect(masked).toContain(`--user "${CLIENT_ID}:\${ZEEBE_CLIENT_SECRET}"`);
    expect(masked).not.toContain('Authorization');
    expect(masked).not.toContain(SECRET);
    expect(renderCurl(basic, { includeSecrets: true })).toContain(`--user '${CLIENT_ID}:${SECRET}'`);
    const json = addHistoryEntry(EMPTY_HISTORY, tokenEntry('body', 'json')).entries[0];
    expect(renderCurl(json, { includeSecrets: false })).toContain(`--data "{\\"grant_type\\":\\"client_credentials\\",\\"audience\\":\\"zeebe.camunda.io\\",\\"client_id\\":\\"${CLIENT_ID}\\",\\"client_secret\\":\\"\${ZEEBE_CLIENT_SECRET}\\"}"`);
    expect(renderCurl(json, { includeSecrets: true })).toContain(`"client_secret":"${SECRET}"}'`);
  });

  it('masks a cluster call\'s bearer token as $TOKEN', () => {
    const entry = addHistoryEntry(EMPTY_HISTORY, CALL).entries[0];
    const masked = renderCurl(entry, { includeSecrets: false });
    expect(masked).toContain('--header "Authorization: Bearer ${TOKEN}"');
    expect(masked).not.toContain(TOKEN);
    expect(renderCurl(entry, { includeSecrets: true })).toContain(`--header 'Authorization: Bearer ${TOKEN}'`);
    expect(variablesNeeded(entry)).toEqual(['TOKEN']);
    expect(variablesNeeded({ ...(entry as CallEntry), token: null })).toEqual([]);
  });

  it('quotes what the shell would otherwise read', () => {
    const entry = addHistoryEntry(EMPTY_HISTORY, { ...CALL, token: null, request: { ...CALL.request, url: "https://x.io/a?b=1&c='d'", headers: {} } }).entries[0];
    expect(renderCurl(entry, { includeSecrets: false })).toBe("curl --silent --show-error --request GET 'https://x.io/a?b=1&c='\\''d'\\'''");
  });
});

describe('guided first run', () => {
  const run = (...events: GuidedEvent[]) => events.reduce(guidedRunReducer, INITIAL_GUIDED_RUN);

  it('checks steps off as they happen and points at the first one not done', () => {
    expect(guidedSteps(INITIAL_GUIDED_RUN).map((s) => s.status)).toEqual(['current', 'todo', 'todo', 'todo']);
    const state = run({ type: 'credentials', loaded: true }, { type: 'token-issued' });
    expect(guidedSteps(state).map((s) => s.status)).toEqual(['done', 'done', 'current', 'todo']);
    const all = run({ type: 'credentials', loaded: true }, { type: 'token-issued' }, { type: 'token-inspected' }, { type: 'cluster-answered', ok: true });
    expect(isGuidedRunComplete(all)).toBe(true);
    expect(guidedSteps(all).every((s) => s.status === 'done')).toBe(true);
  });

  it('counts only what really happened: a refused call, or inspecting before any token, checks nothing', () => {
    expect(run({ type: 'token-inspected' }).inspect).toBe(false);
    expect(run({ type: 'cluster-answered', ok: false }).call).toBe(false);
    const cleared = run({ type: 'credentials', loaded: true }, { type: 'token-issued' }, { type: 'credentials', loaded: false });
    expect(cleared).toMatchObject({ credentials: false, token: true });
    expect(guidedSteps(cleared)[0].status).toBe('current');
    expect(run({ type: 'credentials', loaded: true }, { type: 'reset' })).toEqual(INITIAL_GUIDED_RUN);
  });

  it('returns the same state for an event that changes nothing (no needless re-render)', () => {
    const state = run({ type: 'token-issued' });
    expect(guidedRunReducer(state, { type: 'token-issued' })).toBe(state);
  });
});

describe('replacing an edited file', () => {
  it('offers undo only when the reader had changed what the page wrote', () => {
    expect(isEditedFile('', '')).toBe(false);
    expect(isEditedFile('  \n', '')).toBe(false);
    expect(isEditedFile('generated', 'generated')).toBe(false);
    expect(isEditedFile('generated, then typed', 'generated')).toBe(true);
    const previous = { fileText: 'my file', credentials: undefined, origin: 'editor' };
    expect(undoOfferFor('generate', previous, '')).toMatchObject({ place: 'editor', previous, message: expect.stringContaining('generated') });
    expect(undoOfferFor('console', previous, '')).toMatchObject({ place: 'console' });
    expect(undoOfferFor('clear', { ...previous, fileText: 'written' }, 'written')).toBeNull();
  });
});
