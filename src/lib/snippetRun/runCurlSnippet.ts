/**
 * What the curl snippet does, done with fetch so the page can run it against the in-page mock:
 * 1. POST the token request (form or JSON body, as the snippet sends it), 2. take access_token,
 * 3. GET <REST address>/v2/topology with it. The transcript says what each step got; the secret
 * and the token never appear in it.
 */
import type { Credentials } from '../credentials/model';
import { prettyJson } from '../http/formatHttp';
import { buildTokenRequest, type BodyFormat } from '../tokenRequest/buildTokenRequest';

export interface RunStep {
  label: string;
  status: number | null;
  /** The body as curl would print it (JSON pretty-printed), or what went wrong. */
  output: string;
}

export interface RunDeps {
  fetch: (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => Promise<{ status: number; text(): Promise<string> }>;
  /** Return why a URL must not be fetched (it would leave the page), or null. */
  refuse: (url: string) => string | null;
}

function restAddressOf(c: Credentials): string {
  return (c.zeebeRestAddress || `https://${c.region}.zeebe.camunda.io/${c.clusterId}`).replace(/\/+$/, '');
}

export async function runCurlSnippet(c: Credentials, bodyFormat: BodyFormat, deps: RunDeps): Promise<RunStep[]> {
  const request = buildTokenRequest({ tokenUrl: c.authorizationServerUrl, clientId: c.clientId, clientSecret: c.clientSecret, audience: c.audience, bodyFormat, clientAuth: 'body' });
  const steps: RunStep[] = [];
  const refusedToken = deps.refuse(request.url);
  if (refusedToken) return [{ label: `1. POST ${request.url}`, status: null, output: `Not sent: ${refusedToken}` }];
  const tokenAnswer = await deps.fetch(request.url, { method: 'POST', headers: request.headers, body: request.body });
  const tokenText = await tokenAnswer.text();
  let token = '';
  try {
    const parsed = JSON.parse(tokenText) as { access_token?: unknown };
    if (typeof parsed.access_token === 'string') token = parsed.access_token;
  } catch {
    // reported below, as the snippet does
  }
  steps.push({ label: `1. POST ${request.url}`, status: tokenAnswer.status, output: token ? '(access_token received; kept in $TOKEN, not shown)' : `No token in the answer: ${tokenText}` });
  if (!token) return steps;
  const url = `${restAddressOf(c)}/v2/topology`;
  const refusedCall = deps.refuse(url);
  if (refusedCall) return [...steps, { label: `3. GET ${url}`, status: null, output: `Not sent: ${refusedCall}` }];
  const answer = await deps.fetch(url, { method: 'GET', headers: { Authorization: `Bearer ${token}` } });
  steps.push({ label: `3. GET ${url}`, status: answer.status, output: prettyJson(await answer.text()) });
  return steps;
}
