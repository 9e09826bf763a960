import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Credentials } from '@site/src/lib/credentials/model';

export type CredentialsOrigin = 'editor' | 'generated' | 'console' | 'uploaded';

export interface CredentialsState {
  /** What the playground's editor holds (may be invalid while the user types). */
  fileText: string;
  setFileText: (text: string) => void;
  /** The credentials in use across the site, once a file parsed well enough. */
  credentials: Credentials | undefined;
  origin: CredentialsOrigin | undefined;
  setCredentials: (credentials: Credentials | undefined, origin?: CredentialsOrigin) => void;
  /** The user's explicit opt-in to keep credentials in this tab's sessionStorage. */
  remember: boolean;
  setRemember: (remember: boolean) => void;
  clear: () => void;
}

export const CredentialsContext = createContext<CredentialsState | undefined>(undefined);

const STORAGE_KEY = 'camunda-auth-playground.credentials';

interface Stored {
  fileText: string;
  credentials?: Credentials;
  origin?: CredentialsOrigin;
}

function readStored(): Stored | undefined {
  try {
    const raw = window.sessionStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Stored) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Holds the loaded credentials for the whole site (mounted at the theme Root), so guide pages
 * and snippets can use what the playground loaded. Memory only, unless the user ticks
 * "Remember for this tab": then sessionStorage, and nothing else, ever.
 */
export function CredentialsProvider({ children }: { children: ReactNode }): ReactNode {
  const [fileText, setFileText] = useState('');
  const [credentials, setCredentialsState] = useState<Credentials | undefined>();
  const [origin, setOrigin] = useState<CredentialsOrigin | undefined>();
  const [remember, setRememberState] = useState(false);

  useEffect(() => {
    const stored = readStored();
    if (!stored) return;
    setFileText(stored.fileText);
    setCredentialsState(stored.credentials);
    setOrigin(stored.origin);
    setRememberState(true);
  }, []);

  useEffect(() => {
    try {
      if (remember) {
        const stored: Stored = { fileText, credentials, origin };
        window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
      } else {
        window.sessionStorage.removeItem(STORAGE_KEY);
      }
    } catch {
      // Storage can be disabled; remembering is a convenience, never required.
    }
  }, [remember, fileText, credentials, origin]);

  const setCredentials = useCallback((next: Credentials | undefined, from?: CredentialsOrigin) => {
    setCredentialsState(next);
    setOrigin(next ? from : undefined);
  }, []);

  const clear = useCallback(() => {
    setFileText('');
    setCredentialsState(undefined);
    setOrigin(undefined);
  }, []);

  const value = useMemo(
    () => ({ fileText, setFileText, credentials, origin, setCredentials, remember, setRemember: setRememberState, clear }),
    [fileText, credentials, origin, setCredentials, remember, clear],
  );
  return <CredentialsContext.Provider value={value}>{children}</CredentialsContext.Provider>;
}
