import { useEffect } from 'react';
import { guidedSteps, isGuidedRunComplete, type GuidedStep } from '@site/src/lib/playground/guidedRun';
import { useCredentials } from './useCredentials';
import { reportGuided, usePlaygroundSession } from './usePlaygroundSession';

/**
 * The guided first run's steps. Credentials are reported here, from the site-wide credentials
 * (whoever loaded them); tokens and calls are reported by the hooks that send them, and
 * inspecting by the inspector's section when it is on screen.
 */
export function useGuidedRun(): { steps: GuidedStep[]; complete: boolean } {
  const { credentials } = useCredentials();
  const { guided } = usePlaygroundSession();
  const loaded = credentials !== undefined;
  useEffect(() => {
    reportGuided({ type: 'credentials', loaded });
  }, [loaded, guided.credentials]);
  return { steps: guidedSteps(guided), complete: isGuidedRunComplete(guided) };
}
