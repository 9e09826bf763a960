/**
 * What this page session did: the exchanges (history) and the guided first run's progress. One
 * module-level store, so every playground section can report to it and read it without the page
 * passing state around (sections stay self-contained and can load lazily). Memory only.
 */
import { useSyncExternalStore } from 'react';
import { addHistoryEntry, EMPTY_HISTORY, type History, type NewHistoryEntry } from '@site/src/lib/playground/history';
import { guidedRunReducer, INITIAL_GUIDED_RUN, type GuidedEvent, type GuidedRunState } from '@site/src/lib/playground/guidedRun';

export interface PlaygroundSession {
  history: History;
  guided: GuidedRunState;
}

const INITIAL: PlaygroundSession = { history: EMPTY_HISTORY, guided: INITIAL_GUIDED_RUN };
let session: PlaygroundSession = INITIAL;
const listeners = new Set<() => void>();

function emit(next: PlaygroundSession): void {
  if (next === session) return;
  session = next;
  for (const listener of [...listeners]) listener();
}

export function reportGuided(event: GuidedEvent): void {
  const guided = guidedRunReducer(session.guided, event);
  if (guided !== session.guided) emit({ ...session, guided });
}

/** Adds an exchange to the history; a successful one also checks off its guided step. */
export function recordExchange(entry: NewHistoryEntry): void {
  emit({ ...session, history: addHistoryEntry(session.history, entry) });
  const ok = entry.status !== null && entry.status >= 200 && entry.status < 300;
  if (entry.kind === 'token' && ok) reportGuided({ type: 'token-issued' });
  if (entry.kind === 'call') reportGuided({ type: 'cluster-answered', ok });
}

export function resetPlaygroundSession(): void {
  emit(INITIAL);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function usePlaygroundSession(): PlaygroundSession {
  return useSyncExternalStore(subscribe, () => session, () => INITIAL);
}
