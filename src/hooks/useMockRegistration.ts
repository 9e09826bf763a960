import { useEffect, useState } from 'react';
import { mockClientFor } from '@site/src/lib/authServer/clientRegistry';
import type { Credentials } from '@site/src/lib/credentials';
import type { CredentialsOrigin } from '@site/src/components/CredentialsProvider';
import type { MockAuthServerState } from './useMockAuthServer';

/** Only clients the playground itself made exist at the mock; a pasted real file does not. */
export function isMockMade(origin: CredentialsOrigin | undefined): boolean {
  return origin === 'generated' || origin === 'console';
}

/**
 * Registers generated and Console-created credentials with the page's mock server, also after a
 * reload ("Remember for this tab") or when they were created on another page. Returns a message
 * when the mock refused them.
 */
export function useMockRegistration(mockState: MockAuthServerState, credentials: Credentials | undefined, origin: CredentialsOrigin | undefined): string | undefined {
  const [failure, setFailure] = useState<string | undefined>();
  const server = mockState.mock && mockState.status?.state === 'running' ? mockState.mock.getBrowserAuthServer() : undefined;
  useEffect(() => {
    setFailure(undefined);
    if (!server || !credentials || !isMockMade(origin)) return;
    try {
      server.clients.register(mockClientFor(credentials));
    } catch (error) {
      setFailure(`The mock server did not accept these credentials: ${error instanceof Error ? error.message : String(error)}`);
    }
  }, [server, credentials, origin]);
  return failure;
}
