/**
 * First half of validation: resolve every key, report unknown and duplicate keys, check each value
 * on its own, and group what is left by the credentials field it feeds.
 */
import type { CredentialsFormat, Entry } from './entry';
import { createProblem, type Problem, type SourceRange } from './problems';
import { resolveKey, suggestName } from './resolveKey';
import {
  checkAudience,
  checkClientId,
  checkClientSecret,
  checkClusterId,
  checkClusterUrl,
  checkGrpcAddress,
  checkRegion,
  checkScopes,
  checkTokenUrl,
  type CheckResult,
  type ValueContext,
} from './checkValues';
import type { CredentialField, VariableInfo } from './variables';
import { asSelfManagedNote, selfManagedReasons } from './selfManaged';
import { versionLabel, type CamundaVersionId } from '../camundaVersion';

/** `$(command)` or a backtick command: the shell runs it when the file is sourced. */
const COMMAND_SUBSTITUTION = /\$\(|`/;
/** Placeholders as docs write them: `[Client ID]`, `<your-client-id>`, `{{clientSecret}}`. */
const PLACEHOLDER = /^\s*(\[[^\]]+\]|<[^<>]+>|\{\{[^{}]+\}\})\s*$/;

export interface Candidate {
  field: CredentialField;
  entry: Entry;
  info?: VariableInfo;
  check: CheckResult;
  /** True when the value's own check found an error; such values are not compared with others. */
  broken: boolean;
}

export interface CollectedValues {
  candidates: Map<CredentialField, Candidate[]>;
  /** Fields set only through references (`${…}`) that cannot be resolved here. */
  unresolved: Set<CredentialField>;
  problems: Problem[];
  /** Why the file looks Self-Managed; empty for a SaaS file. */
  selfManaged: string[];
}

/** Suggestions cost an edit-distance scan; a pathological file with thousands of unknown keys gets them only for the first few. */
const MAX_SUGGESTIONS = 25;

function spanOf(entry: Entry): SourceRange {
  return { line: entry.keyRange.line, column: entry.keyRange.column, endLine: entry.valueRange.endLine, endColumn: entry.valueRange.endColumn };
}

function checkField(field: CredentialField, value: string, ctx: ValueContext, info?: VariableInfo): CheckResult {
  switch (field) {
    case 'clientId': return checkClientId(value, ctx);
    case 'clientSecret': return checkClientSecret(value, ctx);
    case 'clusterId': return checkClusterId(value, ctx);
    case 'region': return checkRegion(value, ctx);
    case 'audience': return checkAudience(value, ctx);
    case 'authorizationServerUrl': return checkTokenUrl(value, ctx);
    case 'scopes': return checkScopes(value, ctx);
    case 'zeebeGrpcAddress': return checkGrpcAddress(value, ctx, info?.addressWithScheme ?? false);
    case 'zeebeRestAddress': return checkClusterUrl(value, ctx, 'zeebe');
    case 'tasklistBaseUrl': return checkClusterUrl(value, ctx, 'tasklist');
    case 'operateBaseUrl': return checkClusterUrl(value, ctx, 'operate');
    case 'optimizeBaseUrl': return checkClusterUrl(value, ctx, 'optimize');
    case 'mode':
      return {
        normalized: value.toLowerCase(),
        problems:
          value.toLowerCase() === 'saas'
            ? []
            : [createProblem('unsupported-mode', 'warning', `${ctx.key} is not "saas". This guide checks Camunda 8 SaaS credentials; for SaaS set it to saas.`, ctx.range, ctx.key)],
      };
    case 'name': return { normalized: value, problems: [] };
  }
}

function reportUnknown(entry: Entry, format: CredentialsFormat, withSuggestion: boolean): Problem | undefined {
  const suggestion = withSuggestion ? suggestName(entry.key) : undefined;
  const envLike = format === 'shell' || format === 'env';
  if (suggestion) {
    return createProblem('unknown-variable', 'warning', `${entry.key} is not a name any Camunda client reads. Did you mean ${suggestion}?`, entry.keyRange, entry.key);
  }
  if (envLike || format === 'json') {
    return createProblem('unknown-variable', 'warning', `${entry.key} is not a name any Camunda client reads, so it is ignored. Check the spelling, or keep it if your own code reads it.`, entry.keyRange, entry.key);
  }
  // Spring files hold all kinds of settings; only the Camunda namespaces are worth a remark.
  if (/^(camunda|zeebe)\./i.test(entry.key)) {
    return createProblem('unknown-variable', 'info', `${entry.key} is not a credentials setting, so it is not checked here.`, entry.keyRange, entry.key);
  }
  return undefined;
}

export function collectValues(entries: readonly Entry[], format: CredentialsFormat, version?: CamundaVersionId): CollectedValues {
  const problems: Problem[] = [];
  const candidates = new Map<CredentialField, Candidate[]>();
  const unresolved = new Set<CredentialField>();
  const selfManaged = selfManagedReasons(entries);
  const note = (p: Problem): Problem => (selfManaged.length ? asSelfManagedNote(p) : p);

  // Like a shell, the last assignment wins; earlier ones are reported and skipped.
  const lastIndex = new Map<string, number>();
  entries.forEach((entry, index) => lastIndex.set(entry.key, index));
  let suggestions = 0;

  entries.forEach((entry, index) => {
    const last = lastIndex.get(entry.key)!;
    if (last !== index) {
      const laterLine = entries[last].keyRange.line;
      problems.push(createProblem('duplicate-key', 'warning', `${entry.key} is set again on line ${laterLine}, and the last value wins, so this one is ignored. Delete one of them.`, spanOf(entry), entry.key));
      return;
    }
    const resolution = resolveKey(entry.key);
    if (resolution.kind === 'ignored') return;
    if (resolution.kind === 'unknown') {
      // In Spring files most keys are unrelated settings (server.port …); only Camunda ones get suggestions.
      const worthSuggesting = format === 'shell' || format === 'env' || format === 'json' || /^(camunda|zeebe)\./i.test(entry.key);
      const unknown = reportUnknown(entry, format, worthSuggesting && suggestions++ < MAX_SUGGESTIONS);
      if (unknown) problems.push(unknown);
      return;
    }
    const info = resolution.kind === 'variable' ? resolution.info : undefined;
    const field = resolution.kind === 'variable' ? resolution.info.field : resolution.field;
    if (!field) return;
    const ctx: ValueContext = { key: entry.key, range: entry.valueRange };
    if (version && info?.camunda && !info.camunda.includes(version)) {
      problems.push(createProblem('other-version', 'warning', `${entry.key} is a setting of Camunda ${info.versions}, but this page is set to Camunda ${versionLabel(version)}, whose starter does not read it. ${info.purpose}`, entry.keyRange, entry.key));
    }
    if (entry.reference) {
      unresolved.add(field);
      problems.push(createProblem('unresolved-reference', 'info', `${entry.key} refers to another variable, whose value this page cannot see. Its value is not checked.`, entry.valueRange, entry.key));
      return;
    }
    // An empty scope list is a statement of its own ("no scopes"), reported by the scope check.
    if (entry.value === '' && field !== 'scopes') {
      problems.push(createProblem('empty-value', 'warning', `${entry.key} is empty. Fill in its value, or delete the line.`, spanOf(entry), entry.key));
      return;
    }
    if (entry.expands && COMMAND_SUBSTITUTION.test(entry.value)) {
      unresolved.add(field);
      problems.push(createProblem('command-substitution', 'info', `${entry.key} is set by a command (command substitution, $(…) or backticks): the shell runs it when the file is loaded, so this page cannot see the value and does not check it. Keep it unquoted or in double quotes so that it runs.`, entry.valueRange, entry.key));
      return;
    }
    const placeholder = PLACEHOLDER.exec(entry.value);
    if (placeholder) {
      unresolved.add(field);
      problems.push(createProblem('placeholder', 'error', `${entry.key} still holds the placeholder ${placeholder[1]}, as written in the docs. Replace it with your real value (from the Console, or from your identity provider on Self-Managed).`, entry.valueRange, entry.key));
      return;
    }
    if (entry.expands) {
      problems.push(createProblem('shell-expansion', 'warning', `A shell would expand the "$" or backtick in ${entry.key}, changing the value. Put the value in single quotes: ${entry.key}='…'.`, entry.valueRange, entry.key));
    }
    const raw = checkField(field, entry.value, ctx, info);
    const check = { ...raw, problems: raw.problems.map(note) };
    problems.push(...check.problems);
    const list = candidates.get(field) ?? [];
    list.push({ field, entry, info, check, broken: check.problems.some((p) => p.severity === 'error') });
    candidates.set(field, list);
  });
  return { candidates, unresolved, problems, selfManaged };
}
