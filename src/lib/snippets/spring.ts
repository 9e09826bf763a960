/**
 * Spring Boot starter: `camunda.client.*` (8.8+: `cloud.*`, `auth.token-url`; 8.6/8.7: `cluster-id`,
 * `region`, `auth.issuer`) and `zeebe.client.cloud.*` (8.5 and older), as in the versioned docs.
 */
import { hasSpringPlaceholder, propertyLine } from '../formats/properties';
import { springProperties } from '../formats/springKeys';
import { yamlTreeLines } from '../formats/yaml';
import type { Field, SnippetFields } from './fields';
import { cloudBuilderWarnings } from './java';
import { lines, type Piece } from './segments';
import type { GeneratorOutput } from './types';

/** A property tree flattened to (dotted key, value) pairs, in file order. */
type Property = readonly [key: string, value: Field];

const SAAS: Field = { value: 'saas', secret: false, placeholder: false };
const fieldText = (field: Field) => field.value;

function modernProperties(f: SnippetFields): Property[] {
  return springProperties(f, f.version === '8.8' ? '8.8' : '8.6', SAAS, fieldText);
}

function legacyProperties(f: SnippetFields): Property[] {
  return springProperties(f, 'legacy', SAAS, fieldText);
}

function springWarnings(f: SnippetFields): string[] {
  if (!hasSpringPlaceholder(f.clientSecret.value)) return [];
  return [
    'Your secret contains "${", which Spring treats as the start of a placeholder and would replace. Pass the secret through an environment variable (CAMUNDA_CLIENT_AUTH_CLIENTSECRET) instead, or rotate it in the Console.',
  ];
}

const toYaml = (props: readonly Property[]): Piece[] => yamlTreeLines(props);
const toProperties = (props: readonly Property[]): Piece[] => props.map(([key, value]) => propertyLine(key, value));

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
