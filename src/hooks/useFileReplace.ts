/**
 * Clear, Generate and the Console's Create replace the editor's file through this hook, so all
 * three follow one rule: an edited file is replaced at once and an Undo is offered next to the
 * control that replaced it (see src/lib/playground/replaceFile.ts).
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { Credentials } from '@site/src/lib/credentials/model';
import { undoOfferFor, type ReplaceAction, type UndoOffer } from '@site/src/lib/playground/replaceFile';
import type { CredentialsOrigin } from '@site/src/components/CredentialsProvider';
import { useCredentials } from './useCredentials';

type Offer = UndoOffer<Credentials, CredentialsOrigin>;

interface ReplaceState {
  offer: Offer | null;
  /** The text the page itself last wrote into the editor: replacing it loses nothing. */
  lastWritten: string;
}

const INITIAL: ReplaceState = { offer: null, lastWritten: '' };
let state: ReplaceState = INITIAL;
const listeners = new Set<() => void>();

function set(next: ReplaceState): void {
  state = next;
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Forget any offer (the page's Reset). */
export function resetFileReplace(): void {
  set(INITIAL);
}

export interface FileReplace {
  offer: Offer | null;
  /** Replace the file (undefined: clear it) and offer undo when the reader's edits were replaced. */
  replace: (action: ReplaceAction, next?: { fileText: string; credentials: Credentials; origin: CredentialsOrigin }) => void;
  undo: () => void;
  dismiss: () => void;
}

export function useFileReplace(): FileReplace {
  const { fileText, credentials, origin, setFileText, setCredentials, clear } = useCredentials();
  const current = useSyncExternalStore(subscribe, () => state, () => INITIAL);

  const replace = useCallback<FileReplace['replace']>(
    (action, next) => {
      const offer = undoOfferFor(action, { fileText, credentials, origin }, state.lastWritten);
      if (next) {
        setFileText(next.fileText);
        setCredentials(next.credentials, next.origin);
      } else {
        clear();
      }
      set({ offer, lastWritten: next?.fileText ?? '' });
    },
    [fileText, credentials, origin, setFileText, setCredentials, clear],
  );

  const undo = useCallback(() => {
    const offer = state.offer;
    if (!offer) return;
    setFileText(offer.previous.fileText);
    setCredentials(offer.previous.credentials, offer.previous.origin);
    set({ ...state, offer: null });
  }, [setFileText, setCredentials]);

  const dismiss = useCallback(() => set({ ...state, offer: null }), []);
  return { offer: current.offer, replace, undo, dismiss };
}
