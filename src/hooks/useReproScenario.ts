import { useCallback, useEffect, useRef, useState } from 'react';
import { useHistory, useLocation } from '@docusaurus/router';
import type { AuthServer } from '@site/src/lib/authServer/authServer';
import { applyReproPlan, endRepro } from '@site/src/lib/troubleshooting/applyRepro';
import {
  isReproduced,
  isReproCaseId,
  planRepro,
  readReproCase,
  REPRO_CASE_IDS,
  reproClientFromCredentials,
  type ObservedAnswer,
  type ReproClient,
  type ReproPlan,
} from '@site/src/lib/troubleshooting/repro';
import { useCredentials } from './useCredentials';
import type { MockAuthServerState } from './useMockAuthServer';

export interface ReproScenario {
  plan?: ReproPlan;
  /** Why the reproduction could not be set up, in words for the reader. */
  error?: string;
  /** True when the client is a demo client of the mock because no credentials were loaded. */
  demoClient: boolean;
  /** The mock's last answer to a token request since the reproduction started. */
  lastAnswer?: ObservedAnswer;
  /** True once an answer showed the problem. */
  reproduced: boolean;
  /** Restore the mock's defaults (and the editor's text), and drop #repro from the address. */
  end: () => void;
}

/**
 * Sets the playground up for the troubleshooting case named in the address (#repro=<case>):
 * registers the client, configures the mock and its faults, and hands the form its prefill.
 * Applies once per case and mock; the plan itself comes from src/lib/troubleshooting/repro.ts.
 */
export function useReproScenario({ mock, status }: MockAuthServerState): ReproScenario {
  const location = useLocation();
  const history = useHistory();
  const caseId = readReproCase(location.hash);
  const { credentials, fileText, setFileText } = useCredentials();
  const server = mock && status?.state === 'running' ? mock.getBrowserAuthServer() : undefined;
  const [state, setState] = useState<Omit<ReproScenario, 'end'>>({ demoClient: false, reproduced: false });
  // Read at apply time only: a case that rewrites the file must not re-apply itself.
  const latest = useRef({ credentials, fileText });
  latest.current = { credentials, fileText };
  const savedFile = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (!caseId) {
      setState({ demoClient: false, reproduced: false });
      return;
    }
    if (!server) return;
    if (!isReproCaseId(caseId)) {
      setState({ demoClient: false, reproduced: false, error: `The link asks for a reproduction called "${caseId}", which this playground does not know. Known cases: ${REPRO_CASE_IDS.join(', ')}.` });
      return;
    }
    try {
      const { client, demo } = chooseClient(server, latest.current.credentials);
      const plan = planRepro(caseId, client);
      applyReproPlan(server, plan);
      if (plan.fileText !== undefined) {
        savedFile.current ??= latest.current.fileText;
        setFileText(plan.fileText);
      }
      setState({ plan, demoClient: demo, reproduced: false });
    } catch (error) {
      setState({ demoClient: false, reproduced: false, error: `The reproduction could not be set up: ${(error as Error).message}` });
    }
  }, [caseId, server, setFileText]);

  const plan = state.plan;
  useEffect(() => {
    if (!server || !plan) return undefined;
    return server.subscribe((event) => {
      if (event.kind !== 'token') return;
      const answer: ObservedAnswer = { status: event.status, outcome: event.outcome, audience: event.audience };
      setState((s) => (s.plan === plan ? { ...s, lastAnswer: answer, reproduced: s.reproduced || isReproduced(plan, answer) } : s));
    });
  }, [server, plan]);

  const end = useCallback(() => {
    if (server) endRepro(server);
    if (savedFile.current !== undefined) {
      setFileText(savedFile.current);
      savedFile.current = undefined;
    }
    history.replace({ ...history.location, hash: '' });
  }, [server, setFileText, history]);

  return { ...state, end };
}

/** The loaded credentials when the mock can register them; otherwise a fresh demo client. */
function chooseClient(server: AuthServer, credentials: ReturnType<typeof useCredentials>['credentials']): { client: ReproClient; demo: boolean } {
  if (credentials) {
    const client = reproClientFromCredentials(credentials);
    try {
      server.clients.register(client);
      return { client, demo: false };
    } catch {
      // Malformed id or secret: the reproduction still works with a demo client.
    }
  }
  const generated = server.clients.generate({ scopes: ['Zeebe'] });
  return { client: { clientId: generated.clientId, clientSecret: generated.clientSecret, clusterId: generated.clusterId, region: generated.region, scopes: generated.scopes }, demo: true };
}
