/**
 * A token request the in-page mock refused because it never issued the client id. The mock cannot
 * check a real secret, so the playground must not repeat the SaaS advice for a wrong secret (which
 * could make someone delete a client that works); it says what really happened and offers to let
 * the mock accept the client for this page session.
 */
import type { TokenResponseExplanation } from '../authServer/explainResponse';
import type { MockClientInput } from '../authServer/clientRegistry';
import { isWellFormedClientId, isWellFormedClientSecret } from '../credentials/credentialShape';
import type { Credentials } from '../credentials/model';

export interface RefusalFacts {
  status: number;
  /** The answer's body text. */
  body: string;
  /** What the request sent. */
  clientId: string;
  clientSecret: string;
  /** Does the mock's registry know this client id (asked after the answer came)? */
  registered: boolean;
}

function oauthError(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { error?: unknown };
    return typeof parsed.error === 'string' ? parsed.error : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True when the mock refused a client it never issued. A malformed id or secret is a different
 * refusal (the text cannot be a Console client at all), and so is a wrong secret for a client
 * the mock did issue: those keep their own explanations.
 */
export function isUnissuedClientRefusal(facts: RefusalFacts): boolean {
  return facts.status === 401
    && oauthError(facts.body) === 'invalid_client'
    && !facts.registered
    && isWellFormedClientId(facts.clientId)
    && isWellFormedClientSecret(facts.clientSecret);
}

export function explainUnissuedClient(clientId: string): TokenResponseExplanation {
  return {
    tone: 'warning',
    headline: 'This mock did not issue this client id',
    explanation: `The mock auth server in this page did not issue the client id "${clientId}", so it cannot check its secret. Your real credentials may well be fine: the real auth service is the only one that can check them. The mock answered 401 because it knows only the clients made in this page (generated, or created in the simulated Console).`,
    nextStep: 'To go on with this file here, let the mock accept this client: it registers the id and secret with the mock for this page session only (memory, nothing is sent anywhere) and asks for the token again.',
    errorCode: 'invalid_client',
  };
}

/**
 * The client to register when the reader lets the mock accept it: the loaded file's cluster,
 * region and scopes when the request used that file's client id, so tokens and cluster calls
 * agree with the file; otherwise only id and secret (the mock's own cluster).
 */
export function clientToAccept(clientId: string, clientSecret: string, loaded: Credentials | undefined): MockClientInput {
  if (!loaded || loaded.clientId !== clientId) return { clientId, clientSecret };
  const input: MockClientInput = { clientId, clientSecret, scopes: loaded.scopes.length ? [...loaded.scopes] : undefined };
  if (loaded.clusterId) input.clusterId = loaded.clusterId;
  if (loaded.region) input.region = loaded.region;
  return input;
}
