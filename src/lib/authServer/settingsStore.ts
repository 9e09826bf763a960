/**
 * The mock's settings, faults and registered clients as one observable store: every writer (the
 * settings panel, a troubleshooting reproduction, credentials registration, the playground's
 * cluster calls) goes through the server's configure/setFaults or its client registry, which update
 * it; every view subscribes to it. The
 * snapshot is immutable and replaced on each change, as useSyncExternalStore requires.
 */
import type { FaultSettings } from './faults';
import type { MockClient } from './clientRegistry';
import type { AuthServerSettings } from './settings';

export interface MockSettingsSnapshot {
  readonly settings: Readonly<AuthServerSettings>;
  readonly faults: Readonly<FaultSettings>;
  /** The registered API clients (in memory only, like everything in the mock). */
  readonly clients: readonly Readonly<MockClient>[];
  /** Counts changes, so a view can tell its own write from another's. */
  readonly version: number;
}

export interface SettingsStore {
  get(): MockSettingsSnapshot;
  update(change: { settings?: AuthServerSettings; faults?: FaultSettings; clients?: readonly MockClient[] }): MockSettingsSnapshot;
  subscribe(listener: () => void): () => void;
}

const frozenClients = (clients: readonly MockClient[]) => Object.freeze(clients.map((c) => Object.freeze({ ...c, scopes: [...c.scopes] })));

export function createSettingsStore(settings: AuthServerSettings, faults: FaultSettings, clients: readonly MockClient[] = []): SettingsStore {
  let snapshot: MockSettingsSnapshot = Object.freeze({ settings: structuredClone(settings), faults: { ...faults }, clients: frozenClients(clients), version: 0 });
  const listeners = new Set<() => void>();
  return {
    get: () => snapshot,
    update(change) {
      snapshot = Object.freeze({
        settings: change.settings ? structuredClone(change.settings) : snapshot.settings,
        faults: change.faults ? { ...change.faults } : snapshot.faults,
        clients: change.clients ? frozenClients(change.clients) : snapshot.clients,
        version: snapshot.version + 1,
      });
      for (const listener of [...listeners]) {
        try {
          listener();
        } catch {
          // one faulty view must not stop the others from hearing of the change
        }
      }
      return snapshot;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
