import { useContext } from 'react';
import { CredentialsContext, type CredentialsState } from '@site/src/components/CredentialsProvider';

export function useCredentials(): CredentialsState {
  const state = useContext(CredentialsContext);
  if (!state) throw new Error('useCredentials must be used inside <CredentialsProvider> (mounted by src/theme/Root.tsx).');
  return state;
}
