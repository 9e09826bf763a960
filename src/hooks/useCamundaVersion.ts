import { useCallback, useEffect, useSyncExternalStore } from 'react';
import {
  CAMUNDA_VERSION_STORAGE_KEY,
  DEFAULT_CAMUNDA_VERSION,
  parseCamundaVersion,
  versionFromSearch,
  type CamundaVersionId,
} from '@site/src/lib/camundaVersion';

// Same-tab listeners; other tabs hear the browser's "storage" event.
const CHANGE_EVENT = 'camunda-version-change';

function readStored(): CamundaVersionId {
  try {
    return parseCamundaVersion(window.localStorage.getItem(CAMUNDA_VERSION_STORAGE_KEY)) ?? DEFAULT_CAMUNDA_VERSION;
  } catch {
    return DEFAULT_CAMUNDA_VERSION; // storage blocked: the default, as on the server
  }
}

function store(version: CamundaVersionId): void {
  try {
    window.localStorage.setItem(CAMUNDA_VERSION_STORAGE_KEY, version);
  } catch {
    // Storage blocked: the choice holds for this page only.
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}

/**
 * The site-wide Camunda version choice, remembered across pages (only the choice is stored) and
 * settable with `?camunda=8.7` in a link. The server and the first render use the default.
 */
export function useCamundaVersion(): [CamundaVersionId, (v: CamundaVersionId) => void] {
  const version = useSyncExternalStore(subscribe, readStored, () => DEFAULT_CAMUNDA_VERSION);
  useEffect(() => {
    const fromLink = versionFromSearch(window.location.search);
    if (fromLink && fromLink !== readStored()) store(fromLink);
  }, []);
  const setVersion = useCallback((v: CamundaVersionId) => store(v), []);
  return [version, setVersion];
}
