import { useSyncExternalStore } from 'react';
import type { AuthServer } from '@site/src/lib/authServer/authServer';
import type { MockSettingsSnapshot } from '@site/src/lib/authServer/settingsStore';

const noSubscribe = () => () => undefined;
const nothing = () => undefined;

/** The mock's current settings and faults; re-renders on every change, whoever made it. */
export function useMockSettings(server: AuthServer | undefined): MockSettingsSnapshot | undefined {
  return useSyncExternalStore(server ? server.settingsStore.subscribe : noSubscribe, server ? server.settingsStore.get : nothing, nothing);
}
