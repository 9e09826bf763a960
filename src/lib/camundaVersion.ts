/**
 * The site's Camunda version choice: "8.8 and newer" (the default) or "8.6 / 8.7". Snippets, the
 * variables table, the simulated Console and the checker follow it. Only the choice itself is
 * remembered (never a secret), and a link can set it with `?camunda=8.7`.
 */

export type CamundaVersionId = '8.8' | '8.7';

export const CAMUNDA_VERSIONS: readonly { id: CamundaVersionId; label: string }[] = [
  { id: '8.8', label: '8.8 and newer' },
  { id: '8.7', label: '8.6 / 8.7' },
];

export const DEFAULT_CAMUNDA_VERSION: CamundaVersionId = '8.8';
/** The query parameter a link may carry, like the language tabs' `?language=`. */
const CAMUNDA_VERSION_QUERY = 'camunda';
/** The localStorage key that remembers the choice across pages. */
export const CAMUNDA_VERSION_STORAGE_KEY = 'camunda-guide.camunda-version';

/** Reads `8.8`, `8.9`, `8.10` as "8.8 and newer" and `8.6`, `8.7` as "8.6 / 8.7"; anything else is not a choice. */
export function parseCamundaVersion(value: string | null | undefined): CamundaVersionId | undefined {
  const m = /^\s*8\.(\d+)(?:\.\d+)?\s*\+?\s*$/.exec(value ?? '');
  if (!m) return undefined;
  const minor = Number(m[1]);
  if (minor >= 8) return '8.8';
  if (minor === 6 || minor === 7) return '8.7';
  return undefined;
}

/** The choice from a page's query string, if it names one. */
export function versionFromSearch(search: string): CamundaVersionId | undefined {
  return parseCamundaVersion(new URLSearchParams(search).get(CAMUNDA_VERSION_QUERY));
}

export function versionLabel(id: CamundaVersionId): string {
  return CAMUNDA_VERSIONS.find((v) => v.id === id)?.label ?? id;
}
