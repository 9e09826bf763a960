/**
 * The scopes the Console offers when creating an API client, by Camunda version. 8.8 groups Zeebe,
 * Operate and Tasklist into one Orchestration Cluster API (one audience, zeebe.camunda.io) and
 * moves Secrets under the Administration API; 8.7 and older list each component.
 * The file's CAMUNDA_CREDENTIALS_SCOPES keeps the component names the checker knows: what an 8.8
 * Console writes there has not been confirmed, and this simulation says so.
 */
import type { CamundaVersionId } from '../camundaVersion';
import type { ConsoleScope } from '../credentials/model';

export interface ScopeOption {
  id: string;
  label: string;
  hint: string;
  /** The component scopes this option grants, in the credentials model. */
  grants: readonly ConsoleScope[];
}

const OPTIONS_87: readonly ScopeOption[] = [
  { id: 'Zeebe', label: 'Zeebe', hint: 'start processes, activate and complete jobs', grants: ['Zeebe'] },
  { id: 'Tasklist', label: 'Tasklist', hint: 'read and complete user tasks', grants: ['Tasklist'] },
  { id: 'Operate', label: 'Operate', hint: 'read process instances and incidents', grants: ['Operate'] },
  { id: 'Optimize', label: 'Optimize', hint: 'read reports and dashboards', grants: ['Optimize'] },
  { id: 'Secrets', label: 'Secrets', hint: 'read connector secrets', grants: ['Secrets'] },
];

const OPTIONS_88: readonly ScopeOption[] = [
  {
    id: 'Orchestration',
    label: 'Orchestration Cluster API',
    hint: 'processes, jobs, user tasks and process data (Zeebe, Operate and Tasklist in one API, audience zeebe.camunda.io)',
    grants: ['Zeebe', 'Tasklist', 'Operate'],
  },
  { id: 'Optimize', label: 'Optimize API', hint: 'reports and dashboards', grants: ['Optimize'] },
  { id: 'Administration', label: 'Administration API', hint: 'the Secrets resource, for connectors in hybrid setups', grants: ['Secrets'] },
];

export function scopeOptions(version: CamundaVersionId): readonly ScopeOption[] {
  return version === '8.8' ? OPTIONS_88 : OPTIONS_87;
}

/** The component scopes granted by the chosen options, without repeats. */
export function grantedScopes(version: CamundaVersionId, optionIds: readonly string[]): ConsoleScope[] {
  const granted = scopeOptions(version).filter((o) => optionIds.includes(o.id)).flatMap((o) => o.grants);
  return [...new Set(granted)];
}

/** The labels to show for a client's scopes in the chosen version's words. */
export function scopeLabels(version: CamundaVersionId, scopes: readonly ConsoleScope[]): string[] {
  return scopeOptions(version).filter((o) => o.grants.some((g) => scopes.includes(g))).map((o) => o.label);
}
