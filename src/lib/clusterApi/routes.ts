/**
 * Where a URL points in the Orchestration Cluster REST API. SaaS serves it at
 * `https://<region>.zeebe.camunda.io/<clusterId>/v2/...`; the local mock server serves the same
 * layout under `http://127.0.0.1:<port>/<region>/<clusterId>/v2/...` (the mock's own choice, so
 * one origin can hold every region).
 */

export interface ClusterRoute {
  clusterId: string;
  /** From the host name (SaaS) or the path segment before the cluster id (local server). */
  region: string | null;
  /** The API path from `/v2/` on, e.g. `/v2/topology`. */
  apiPath: string;
}

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const SAAS_HOST = /^([a-z]+-[0-9]+)\.zeebe\.camunda\.io$/;
const SAAS_PATH = new RegExp(`^/(${UUID})(/v2(?:/.*)?)$`);
const LOCAL_PATH = new RegExp(`^/([a-z]+-[0-9]+)/(${UUID})(/v2(?:/.*)?)$`);

/** `local` accepts the local server's `/<region>/<clusterId>/v2/...` on any origin. */
export function matchClusterUrl(url: string, local = false): ClusterRoute | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const path = parsed.pathname.replace(/\/+$/, '') || '/';
  const host = SAAS_HOST.exec(parsed.hostname);
  if (host && parsed.protocol === 'https:') {
    const m = SAAS_PATH.exec(path);
    if (m) return { clusterId: m[1].toLowerCase(), region: host[1], apiPath: m[2] };
  }
  if (local) {
    const m = LOCAL_PATH.exec(path);
    if (m) return { region: m[1], clusterId: m[2].toLowerCase(), apiPath: m[3] };
  }
  return null;
}

/** The REST address the local server prints in its credentials file. */
export function localRestAddress(origin: string, region: string, clusterId: string): string {
  return `${origin.replace(/\/$/, '')}/${region}/${clusterId}`;
}
