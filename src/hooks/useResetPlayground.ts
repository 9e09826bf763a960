import { useCallback } from 'react';
import { useHistory } from '@docusaurus/router';
import { resetConsoleStore } from '@site/src/components/SimulatedConsole/consoleStore';
import { useCredentials } from './useCredentials';
import { resetFileReplace } from './useFileReplace';
import type { MockAuthServerState } from './useMockAuthServer';
import { resetPlaygroundSession } from './usePlaygroundSession';

/**
 * The playground's one Reset: the mock back to its defaults (settings, faults, clients, rate
 * limiter), the editor empty and not remembered, the simulated Console without clients, no
 * history, the guided run from the start, no reproduction in the address. The page remounts its
 * sections (via `onReset`) so forms, answers and the token are gone too.
 */
export function useResetPlayground(mockState: MockAuthServerState, onReset: () => void): () => void {
  const { clear, setRemember } = useCredentials();
  const history = useHistory();
  const server = mockState.mock && mockState.status?.state === 'running' ? mockState.mock.getBrowserAuthServer() : undefined;
  return useCallback(() => {
    server?.restoreDefaults();
    clear();
    setRemember(false);
    resetConsoleStore();
    resetFileReplace();
    resetPlaygroundSession();
    if (history.location.hash) history.replace({ ...history.location, hash: '' });
    onReset();
  }, [server, clear, setRemember, history, onReset]);
}
