/**
 * Spring Boot starter: `camunda.client.*` (8.8+: `cloud.*`, `auth.token-url`; 8.6/8.7: `cluster-id`,
 * `region`, `auth.issuer`) and `zeebe.client.cloud.*` (8.5 and older), as in the versioned docs.
 */
import { DEFAULT_TOKEN_URL } from '../credentials/model';
import { hasSpringPlaceholder, propertiesValue, yamlQuoted } from './escape';
import type { Field, SnippetFields } from './fields';
import { cloudBuilderWarnings } from './java';
import { lines, type Piece } from './segments';
import type { GeneratorOutput } from './types';

/** A property tree flattened to (dotted key, value) pairs, in file order. */
type Property = readonly [key: string, value: Field];

function modernProperties(f: SnippetFields): Property[] {
  const is88 = f.version === '8.8';
  const props: Property[] = [
    ['camunda.client.mode', { value: 'saas', secret: false, placeholder: false }],
    ['camunda.client.auth.client-id', f.clientId],
    ['camunda.client.auth.client-secret', f.clientSecret],
  ];
  // SaaS mode fills in the real token URL; only a local mock needs an override.
  if (f.tokenUrl.value !== DEFAULT_TOKEN_URL) props.push([is88 ? 'camunda.client.auth.token-url' : 'camunda.client.auth.issuer', f.tokenUrl]);
  if (is88) props.push(['camunda.client.cloud.cluster-id', f.clusterId], ['camunda.client.cloud.region', f.region]);
  else props.push(['camunda.client.cluster-id', f.clusterId], ['camunda.client.region', f.region]);
  return props;
}

function legacyProperties(f: SnippetFields): Property[] {
  return [
    ['zeebe.client.cloud.cluster-id', f.clusterId],
    ['zeebe.client.cloud.client-id', f.clientId],
    ['zeebe.client.cloud.client-secret', f.clientSecret],
    ['zeebe.client.cloud.region', f.region],
  ];
}

function springWarnings(f: SnippetFields): string[] {
  if (!hasSpringPlaceholder(f.clientSecret.value)) return [];
  return [
    'Your secret contains "${", which Spring treats as the start of a placeholder and would replace. Pass the secret through an environment variable (CAMUNDA_CLIENT_AUTH_CLIENTSECRET) instead, or rotate it in the Console.',
  ];
}

/** Nested YAML from dotted keys; keys that share a prefix share a parent. */
function toYaml(props: readonly Property[]): Piece[] {
  const out: Piece[] = [];
  let previous: string[] = [];
  for (const [key, value] of props) {
    const parts = key.split('.');
    let common = 0;
    while (common < parts.length - 1 && parts[common] === previous[common]) common++;
    for (let depth = common; depth < parts.length - 1; depth++) out.push(`${'  '.repeat(depth)}${parts[depth]}:`);
    out.push([`${'  '.repeat(parts.length - 1)}${parts[parts.length - 1]}: `, yamlQuoted(value)]);
    previous = parts;
  }
  return out;
}

function toProperties(props: readonly Property[]): Piece[] {
  return props.map(([key, value]) => [`${key}=`, propertiesValue(value)]);
}

const modernHeader = (f: SnippetFields) =>
  f.version === '8.8' ? '# Camunda 8 SaaS, Camunda Spring Boot starter 8.8 and newer' : '# Camunda 8 SaaS, Spring Zeebe SDK starter 8.6 and 8.7';
const LEGACY_HEADER = '# Camunda 8 SaaS, Spring Zeebe starter 8.5 and older';

export function generateSpringYaml(f: SnippetFields): GeneratorOutput {
  return { segments: lines(modernHeader(f), ...toYaml(modernProperties(f))), warnings: springWarnings(f) };
}

export function generateSpringProperties(f: SnippetFields): GeneratorOutput {
  return { segments: lines(modernHeader(f), ...toProperties(modernProperties(f))), warnings: springWarnings(f) };
}

const LEGACY_ALTERNATIVE = 'Upgrade to the 8.6+ starter (camunda.client.auth.issuer in 8.6 and 8.7, camunda.client.auth.token-url from 8.8) to change them.';

export function generateSpringLegacyYaml(f: SnippetFields): GeneratorOutput {
  return {
    segments: lines(LEGACY_HEADER, ...toYaml(legacyProperties(f))),
    warnings: [...springWarnings(f), ...cloudBuilderWarnings(f, LEGACY_ALTERNATIVE)],
  };
}

export function generateSpringLegacyProperties(f: SnippetFields): GeneratorOutput {
  return {
    segments: lines(LEGACY_HEADER, ...toProperties(legacyProperties(f))),
    warnings: [...springWarnings(f), ...cloudBuilderWarnings(f, LEGACY_ALTERNATIVE)],
  };
}
