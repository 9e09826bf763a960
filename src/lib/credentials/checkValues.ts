/**
 * Checks of single values, one function per kind of value. Each returns its problems plus what the
 * value tells us about the cluster (addresses carry a cluster id and region) so that the caller can
 * compare values with each other.
 */
import { CONSOLE_CLIENT_ID_LENGTH, CONSOLE_CLIENT_SECRET_LENGTH, CREDENTIAL_CHARS } from './credentialShape';
import { AUDIENCES, CONSOLE_SCOPES, KNOWN_REGIONS, type ConsoleScope } from './model';
import { createProblem, type Problem, type ProblemCode, type Severity, type SourceRange } from './problems';

export interface ValueContext {
  /** The key as written, for messages. */
  key: string;
  range: SourceRange;
}

export interface CheckResult {
  problems: Problem[];
  /** A form of the value for comparisons (addresses without scheme, URLs without trailing slash). */
  normalized: string;
  /** The cluster id and region the value names, if it names them. */
  clusterId?: string;
  region?: string;
  scopes?: ConsoleScope[];
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REGION_SHAPE = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const SAAS_GRPC_HOST = /^([^.]+)\.([^.]+)\.zeebe\.camunda\.io$/;
const LEGACY_AUDIENCE = /^([^.]+)\.([^.]+)\.zeebe\.camunda\.io$/;

function result(normalized: string, problems: Problem[] = []): CheckResult {
  return { problems, normalized };
}

function problem(code: ProblemCode, severity: Severity, message: string, ctx: ValueContext): Problem {
  return createProblem(code, severity, message, ctx.range, ctx.key);
}

function hasOuterWhitespace(value: string): boolean {
  return value !== value.trim();
}

/**
 * Short, safe rendering of a value for a message. Long values are cut to their first 4 characters,
 * because a secret pasted into the wrong line must not be echoed back.
 */
function quoteValue(value: string): string {
  return value.length > 24 ? `"${value.slice(0, 4)}…" (${value.length} characters)` : `"${value}"`;
}

export function checkClusterId(value: string, ctx: ValueContext): CheckResult {
  if (UUID_PATTERN.test(value)) {
    const problems =
      value === value.toLowerCase()
        ? []
        : [problem('invalid-cluster-id', 'warning', `${ctx.key} is in upper case. Write the cluster id in lower case, as the Console shows it.`, ctx)];
    return { ...result(value.toLowerCase(), problems), clusterId: value.toLowerCase() };
  }
  const hint = hasOuterWhitespace(value) ? ' Remove the spaces around it.' : ' Copy it again from the cluster\'s overview page in the Console.';
  return result(value, [
    problem('invalid-cluster-id', 'error', `${ctx.key} is not a cluster id: expected a UUID like 5c34c0a7-7f29-4424-8414-125615f7a9b9.${hint}`, ctx),
  ]);
}

export function checkRegion(value: string, ctx: ValueContext): CheckResult {
  if ((KNOWN_REGIONS as readonly string[]).includes(value)) return { ...result(value), region: value };
  if (REGION_SHAPE.test(value) && /[a-z]/.test(value)) {
    return {
      ...result(value, [
        problem('unknown-region', 'warning', `${quoteValue(value)} is not a region this guide knows (${KNOWN_REGIONS.join(', ')}). If your cluster really runs there this is fine; otherwise check for a typo.`, ctx),
      ]),
      region: value,
    };
  }
  const lower = value.trim().toLowerCase();
  const fix = REGION_SHAPE.test(lower) && lower !== value ? ` Write it as ${quoteValue(lower)}.` : ' A region is a lower-case id such as bru-2.';
  return result(value, [problem('invalid-region', 'error', `${ctx.key} is not a valid region.${fix}`, ctx)]);
}

function checkCredentialString(value: string, ctx: ValueContext, kind: 'id' | 'secret'): CheckResult {
  const code: ProblemCode = kind === 'id' ? 'invalid-client-id' : 'invalid-client-secret';
  const expected = kind === 'id' ? CONSOLE_CLIENT_ID_LENGTH : CONSOLE_CLIENT_SECRET_LENGTH;
  const what = kind === 'id' ? 'client id' : 'client secret';
  const problems: Problem[] = [];
  if (!CREDENTIAL_CHARS.test(value)) {
    const fix = hasOuterWhitespace(value)
      ? 'It has spaces around it; remove them.'
      : /['"]/.test(value)
        ? 'It contains quote characters, perhaps from copying; keep only the characters between the quotes.'
        : 'Copy it again from the Console (or download the credentials file).';
    problems.push(problem(code, 'error', `The ${what} in ${ctx.key} may contain only letters, digits and . _ ~ -. ${fix}`, ctx));
  } else if (value.length !== expected) {
    problems.push(
      problem(
        kind === 'id' ? 'unusual-client-id-length' : 'unusual-client-secret-length',
        'warning',
        `The ${what} in ${ctx.key} has ${value.length} characters; the Console's have ${expected}. Check that nothing was cut off or added when copying.`,
        ctx,
      ),
    );
  }
  return result(value, problems);
}

export const checkClientId = (value: string, ctx: ValueContext): CheckResult => checkCredentialString(value, ctx, 'id');
export const checkClientSecret = (value: string, ctx: ValueContext): CheckResult => checkCredentialString(value, ctx, 'secret');

/** Parses an https URL; reports non-URLs and plain http. */
function parseHttpsUrl(value: string, ctx: ValueContext, problems: Problem[]): URL | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.push(problem('invalid-url', 'error', `${ctx.key} is not a URL. It should look like https://host/path.`, ctx));
    return undefined;
  }
  if (url.protocol !== 'https:') {
    problems.push(problem('not-https', 'error', `${ctx.key} must use https:// so that the secret and tokens travel encrypted.`, ctx));
    return undefined;
  }
  return url;
}

export function checkTokenUrl(value: string, ctx: ValueContext): CheckResult {
  const problems: Problem[] = [];
  const url = parseHttpsUrl(value, ctx, problems);
  if (url && (url.host !== 'login.cloud.camunda.io' || url.pathname.replace(/\/$/, '') !== '/oauth/token')) {
    problems.push(problem('unknown-token-url', 'warning', `${ctx.key} is not the SaaS token endpoint. For Camunda 8 SaaS use https://login.cloud.camunda.io/oauth/token.`, ctx));
  }
  return result(value.replace(/\/+$/, ''), problems);
}

/** `<cluster>.<region>.zeebe.camunda.io:443`, optionally behind `grpcs://` or `https://`. */
export function checkGrpcAddress(value: string, ctx: ValueContext, withScheme: boolean): CheckResult {
  const problems: Problem[] = [];
  const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?([^:/\s]+)(?::(\d+))?\/?$/i.exec(value);
  if (!match) {
    return result(value, [problem('invalid-address', 'error', `${ctx.key} is not an address. Expected <cluster id>.<region>.zeebe.camunda.io:443.`, ctx)]);
  }
  const [, scheme, host, port] = match;
  const normalized = `${host.toLowerCase()}:${port ?? '443'}`;
  if (scheme && !['grpcs', 'https'].includes(scheme.toLowerCase())) {
    problems.push(problem('address-scheme', 'error', `${ctx.key} uses ${scheme}://, which is not encrypted. SaaS only accepts TLS: use ${withScheme ? 'grpcs://' : 'no scheme'}.`, ctx));
  } else if (scheme && !withScheme) {
    problems.push(problem('address-scheme', 'warning', `${ctx.key} is read without a scheme by most clients. Remove "${scheme}://".`, ctx));
  } else if (!scheme && withScheme) {
    problems.push(problem('address-scheme', 'warning', `${ctx.key} is expected with a scheme. Write it as grpcs://${normalized}.`, ctx));
  }
  if (port === undefined) {
    problems.push(problem('address-port', 'warning', `${ctx.key} has no port, and some clients then use 26500. Add ":443".`, ctx));
  } else if (port !== '443') {
    problems.push(problem('address-port', 'error', `SaaS clusters listen on port 443, not ${port}. Change the port in ${ctx.key} to 443.`, ctx));
  }
  const saas = SAAS_GRPC_HOST.exec(host.toLowerCase());
  if (!saas) {
    problems.push(problem('address-not-saas', 'warning', `${ctx.key} is not a Camunda 8 SaaS address (<cluster id>.<region>.zeebe.camunda.io). Fine for a self-managed cluster; for SaaS copy it from the Console.`, ctx));
    return result(normalized, problems);
  }
  return { ...result(normalized, problems), clusterId: saas[1], region: saas[2] };
}

/** `https://<region>.<component>.camunda.io/<cluster id>` (REST address and component base URLs). */
export function checkClusterUrl(value: string, ctx: ValueContext, component: 'zeebe' | 'tasklist' | 'operate' | 'optimize'): CheckResult {
  const problems: Problem[] = [];
  const url = parseHttpsUrl(value, ctx, problems);
  const normalized = value.replace(/\/+$/, '');
  if (!url) return result(normalized, problems);
  const host = new RegExp(`^([^.]+)\\.${component}\\.camunda\\.io$`).exec(url.hostname);
  const path = /^\/([^/]+)\/?$/.exec(url.pathname);
  if (!host || !path || url.port) {
    problems.push(problem('address-not-saas', 'warning', `${ctx.key} does not have the SaaS shape https://<region>.${component}.camunda.io/<cluster id>. Copy it again from the Console.`, ctx));
    return result(normalized, problems);
  }
  return { ...result(normalized, problems), region: host[1], clusterId: path[1] };
}

const KNOWN_AUDIENCES: readonly string[] = Object.values(AUDIENCES);

export function checkAudience(value: string, ctx: ValueContext): CheckResult {
  if (value === AUDIENCES.zeebe) return result(value);
  if (KNOWN_AUDIENCES.includes(value)) {
    return result(value, [problem('wrong-audience', 'warning', `${ctx.key} is ${quoteValue(value)}, which asks for a token another API accepts, not Zeebe. Use zeebe.camunda.io for Zeebe.`, ctx)]);
  }
  const legacy = LEGACY_AUDIENCE.exec(value);
  if (legacy) return { ...result(value), clusterId: legacy[1], region: legacy[2] };
  return result(value, [problem('unknown-audience', 'warning', `${ctx.key} is not an audience Camunda 8 SaaS knows. For Zeebe use zeebe.camunda.io.`, ctx)]);
}

export function checkScopes(value: string, ctx: ValueContext): CheckResult {
  const problems: Problem[] = [];
  const scopes: ConsoleScope[] = [];
  const parts = value.split(',').map((s) => s.trim());
  if (parts.every((s) => s === '')) {
    problems.push(problem('empty-scopes', 'warning', `${ctx.key} lists no scopes. A client needs at least Zeebe to talk to the cluster.`, ctx));
    return { ...result(value, problems), scopes };
  }
  for (const part of parts) {
    if (part === '') {
      problems.push(problem('unknown-scope', 'warning', `${ctx.key} has an empty item. Remove the extra comma.`, ctx));
      continue;
    }
    const known = CONSOLE_SCOPES.find((s) => s.toLowerCase() === part.toLowerCase());
    if (!known) {
      problems.push(problem('unknown-scope', 'warning', `${quoteValue(part)} is not a Console scope. Known scopes: ${CONSOLE_SCOPES.join(', ')}.`, ctx));
    } else if (scopes.includes(known)) {
      problems.push(problem('duplicate-scope', 'info', `${known} is listed twice in ${ctx.key}; once is enough.`, ctx));
    } else {
      if (known !== part) problems.push(problem('unknown-scope', 'warning', `Write the scope as ${known}, the Console's spelling.`, ctx));
      scopes.push(known);
    }
  }
  return { ...result(scopes.join(','), problems), scopes };
}
