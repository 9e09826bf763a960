/**
 * The simulated Console's page-lifetime state: one cluster and its client list. It holds no
 * secret (list entries are summaries), lives in memory only, and is shared by every Console on
 * the site so the guide page and the playground show the same clients.
 */
import { useSyncExternalStore } from 'react';
import { createSimulatedCluster, type ConsoleClientSummary, type SimulatedCluster } from '@site/src/lib/console/simulatedConsole';

interface ConsoleSnapshot {
  cluster: SimulatedCluster | undefined;
  clients: readonly ConsoleClientSummary[];
}

let snapshot: ConsoleSnapshot = { cluster: undefined, clients: [] };
const listeners = new Set<() => void>();
const SERVER_SNAPSHOT: ConsoleSnapshot = { cluster: undefined, clients: [] };

function emit(next: ConsoleSnapshot) {
  snapshot = next;
  for (const listener of listeners) listener();
}

/** Created on first use in the browser (random cluster id), never during server rendering. */
export function ensureCluster(): SimulatedCluster {
  if (!snapshot.cluster) emit({ ...snapshot, cluster: createSimulatedCluster() });
  return snapshot.cluster!;
}

export function addClient(summary: ConsoleClientSummary): void {
  emit({ ...snapshot, clients: [...snapshot.clients, summary] });
}

export function useConsoleStore(): ConsoleSnapshot {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => snapshot,
    () => SERVER_SNAPSHOT,
  );
}

/** Back to a fresh cluster with no clients (the playground's Reset). */
export function resetConsoleStore(): void {
  emit({ cluster: undefined, clients: [] });
  ensureCluster();
}
