import type { ReactNode } from 'react';
import { CredentialsProvider } from '@site/src/components/CredentialsProvider';

// Swizzled (wrapped) so the loaded credentials live above every page: guide pages, snippets and
// the playground all see the same ones, and they survive client-side navigation.
export default function Root({ children }: { children: ReactNode }): ReactNode {
  return <CredentialsProvider>{children}</CredentialsProvider>;
}
