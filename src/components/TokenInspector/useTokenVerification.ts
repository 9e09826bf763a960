import { useEffect, useState } from 'react';
import { parseKeyInput } from '@site/src/lib/token/parseKeyInput';
import type { VerificationKeyInput, VerificationResult } from '@site/src/lib/token/verifyToken';

/** Where the verification key comes from: the page's mock server, a pasted key, or a typed secret. */
export type KeySource = 'mock' | 'key' | 'secret';

export type VerificationState =
  | { status: 'idle' }
  | { status: 'needs-input'; message: string }
  | { status: 'checking' }
  | { status: 'done'; result: VerificationResult; keyDescription: string };

interface VerificationRequest {
  /** The token to verify; undefined while it cannot be read. */
  token: string | undefined;
  source: KeySource;
  keyText: string;
  secret: string;
}

/**
 * Verifies the token with jose, loaded only when a token is there to verify (it is the heaviest part
 * of the inspector). Nothing is fetched: the mock's key set comes from the mock object in this page.
 */
function useTokenVerification({ token, source, keyText, secret }: VerificationRequest): VerificationState & { mockIssuer?: string } {
  const [state, setState] = useState<VerificationState & { mockIssuer?: string }>({ status: 'idle' });
  useEffect(() => {
    if (!token) {
      setState({ status: 'idle' });
      return undefined;
    }
    let live = true;
    const run = async () => {
      let key: VerificationKeyInput;
      let keyDescription: string;
      let mockIssuer: string | undefined;
      if (source === 'mock') {
        const mock = await import('@site/src/mocks/browser');
        const server = mock.getBrowserAuthServer();
        key = { kind: 'jwks', jwks: await server.getJwks() };
        mockIssuer = server.getSettings().issuer;
        keyDescription = 'the key set of the mock authorization server in this page';
      } else if (source === 'key') {
        const parsed = parseKeyInput(keyText);
        if (!parsed.ok) {
          if (live) setState({ status: 'needs-input', message: parsed.message });
          return;
        }
        key = parsed.key;
        keyDescription = parsed.description;
      } else {
        if (secret === '') {
          if (live) setState({ status: 'needs-input', message: 'Type the shared secret that signed the token.' });
          return;
        }
        key = { kind: 'hmac', secret };
        keyDescription = 'the shared secret you typed';
      }
      if (live) setState((previous) => (previous.status === 'done' ? previous : { status: 'checking' }));
      const { verifyToken } = await import('@site/src/lib/token/verifyToken');
      const result = await verifyToken(token, key);
      if (live) setState({ status: 'done', result, keyDescription, mockIssuer });
    };
    run().catch((error: unknown) => {
      if (live) setState({ status: 'needs-input', message: `The key could not be prepared: ${error instanceof Error ? error.message : String(error)}` });
    });
    return () => {
      live = false;
    };
  }, [token, source, keyText, secret]);
  return state;
}

export interface Verifier {
  source: KeySource;
  setSource: (source: KeySource) => void;
  keyText: string;
  setKeyText: (text: string) => void;
  secret: string;
  setSecret: (secret: string) => void;
  state: VerificationState & { mockIssuer?: string };
}

/** The key choice and its verification result, held by the inspector so other panels can use the mock's issuer. */
export function useVerifier(token: string | undefined): Verifier {
  const [source, setSource] = useState<KeySource>('mock');
  const [keyText, setKeyText] = useState('');
  const [secret, setSecret] = useState('');
  const state = useTokenVerification({ token, source, keyText, secret });
  return { source, setSource, keyText, setKeyText, secret, setSecret, state };
}
