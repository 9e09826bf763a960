import { useMemo } from 'react';
import { generateSnippet, type Snippet, type TargetId } from '@site/src/lib/snippets';
import type { CredentialsOrigin } from '@site/src/components/CredentialsProvider';
import { useCredentials } from './useCredentials';

export interface ClientSnippetState {
  snippet: Snippet;
  /** True when the snippet carries the loaded credentials rather than placeholders. */
  personalised: boolean;
  origin: CredentialsOrigin | undefined;
}

/** One target's snippet, filled with the site-wide credentials when there are any. Pure generation, nothing sent. */
export function useClientSnippet(targetId: TargetId): ClientSnippetState {
  const { credentials, origin } = useCredentials();
  const snippet = useMemo(() => generateSnippet(targetId, credentials), [targetId, credentials]);
  return { snippet, personalised: credentials !== undefined, origin };
}
