/**
 * The guide's reference table of variables, built from the catalogue so that the page and the
 * parser always agree.
 */
import type { CamundaVersionId } from '../camundaVersion';
import { CLIENT_CONFIG_FACT } from '../clientFacts/configFacts';
import { findFact } from '../clientFacts/facts';
import { SOURCES, type FactSource } from '../clientFacts/sources';
import { CLIENT_LABELS, VARIABLES, type ClientName, type VariableGeneration, type VariableInfo } from './variables';

export const GENERATION_LABELS: Record<VariableGeneration, string> = {
  classic: 'Console file (all versions)',
  '8.8': 'Console file (8.8 era)',
  spring: 'Spring Boot starter',
  'spring-legacy': 'Spring Zeebe (8.5 and older)',
  client: 'Read by clients, not in the Console file',
};

export interface VariableRow {
  name: string;
  kind: VariableInfo['kind'];
  generation: VariableGeneration;
  generationLabel: string;
  purpose: string;
  shape: string;
  example: string;
  /** Client labels, in the catalogue's order; empty when no client reads it. */
  readBy: string[];
  /** "always", "with its scope", "8.8-era files" or "no". */
  inConsoleFile: string;
  secret: boolean;
  /** The versions the row holds for. */
  versions: string;
}

/** A footnote for the table: where one client's reading of these variables was checked. */
export interface ReadBySource {
  client: string;
  versions: string;
  sources: FactSource[];
}

const CONSOLE_LABELS = { always: 'always', 'with-scope': 'with its scope', '8.8': '8.8-era files' } as const;

export function buildVariableTable(filter: (v: VariableInfo) => boolean = () => true): VariableRow[] {
  return VARIABLES.filter(filter).map((v) => ({
    name: v.name,
    kind: v.kind,
    generation: v.generation,
    generationLabel: GENERATION_LABELS[v.generation],
    purpose: v.purpose,
    shape: v.shape,
    example: v.example,
    readBy: v.readBy.map((c) => CLIENT_LABELS[c]),
    inConsoleFile: v.inConsoleFile ? CONSOLE_LABELS[v.inConsoleFile] : 'no',
    secret: v.secret ?? false,
    versions: v.versions,
  }));
}

/** Whether a row belongs to the chosen Camunda version (rows without a restriction belong to both). */
export function shownForVersion(v: VariableInfo, version: CamundaVersionId): boolean {
  return !v.camunda || v.camunda.includes(version);
}

/** One footnote per client that reads any of the given variables, in the catalogue's client order. */
export function readBySources(variables: readonly VariableInfo[]): ReadBySource[] {
  const clients = new Set<ClientName>(variables.flatMap((v) => v.readBy));
  return (Object.keys(CLIENT_LABELS) as ClientName[]).filter((c) => clients.has(c)).map((c) => {
    const fact = findFact(CLIENT_CONFIG_FACT[c]);
    return { client: CLIENT_LABELS[c], versions: fact?.versions ?? '', sources: (fact?.sources ?? []).map((id) => SOURCES[id]) };
  });
}

/** The table as Markdown that MDX accepts, for docs generated at build time. */
export function renderVariableTableMarkdown(rows: readonly VariableRow[] = buildVariableTable()): string {
  // MDX reads "<" as JSX and "{" as an expression; escape both, and pipes for the table.
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\{/g, '&#123;');
  const lines = [
    '| Name | Where it comes from | Purpose | Shape | Read by | In the Console file |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) =>
      `| \`${r.name}\` | ${cell(r.generationLabel)} | ${cell(r.purpose)} | ${cell(r.shape)} | ${cell(r.readBy.join(', ') || '—')} | ${r.inConsoleFile} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
