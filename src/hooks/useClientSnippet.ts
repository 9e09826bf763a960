import { useMemo } from 'react';
import { generateSnippet, type Snippet, type TargetId } from '@site/src/lib/snippets';
import type { CredentialsOrigin } from '@site/src/components/CredentialsProvider';
import { useCamundaVersion } from './useCamundaVersion';
import { useCredentials } from './useCredentials';

export interface ClientSnippetState {
  snippet: Snippet;
  /** True when the snippet carries the loaded credentials rather than placeholders. */
  personalised: boolean;
  origin: CredentialsOrigin | undefined;
}

/** One target's snippet for the chosen Camunda version, filled with the site-wide credentials when there are any. Pure generation, nothing sent. */
export function useClientSnippet(targetId: TargetId): ClientSnippetState {
  const { credentials, origin } = useCredentials();
  const [version] = useCamundaVersion();
  const snippet = useMemo(() => generateSnippet(targetId, credentials, { version }), [targetId, credentials, version]);
  return { snippet, personalised: credentials !== undefined, origin };
}
