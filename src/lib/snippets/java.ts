/** Java: the cloud builders of CamundaClient (8.8+) and ZeebeClient (8.7 and older), and env vars. */
import { AUDIENCES, DEFAULT_TOKEN_URL } from '../credentials/model';
import { javaEnv } from './env';
import { cStringQuoted } from './escape';
import type { SnippetFields } from './fields';
import { code, lines } from './segments';
import { exportLines } from './shell';
import type { GeneratorOutput } from './types';

/**
 * The cloud builders derive the token URL and audience (`<clusterId>.<region>.zeebe.camunda.io`)
 * from cluster id and region; a different token URL or audience must come from somewhere else.
 */
export function cloudBuilderWarnings(f: SnippetFields, alternative: string): string[] {
  if (f.tokenUrl.value === DEFAULT_TOKEN_URL && f.audience.value === AUDIENCES.zeebe) return [];
  return [
    `The cloud builder asks ${DEFAULT_TOKEN_URL} for a token with the audience <cluster id>.<region>.zeebe.camunda.io, so your token URL (${f.tokenUrl.value}) or audience (${f.audience.value}) is not in this code. ${alternative}`,
  ];
}

function cloudBuilder(f: SnippetFields, flavour: 'camunda' | 'zeebe'): GeneratorOutput {
  const type = flavour === 'camunda' ? 'CamundaClient' : 'ZeebeClient';
  const pkg = flavour === 'camunda' ? 'io.camunda.client.CamundaClient' : 'io.camunda.zeebe.client.ZeebeClient';
  return {
    segments: lines(
      `import ${pkg};`,
      '',
      `public final class ${type}Factory {`,
      '',
      '  // Build one client per application and share it: the client caches its token, and every',
      '  // extra instance may ask the authorization server for another one.',
      `  public static ${type} create() {`,
      `    return ${type}.newCloudClientBuilder()`,
      code`        .withClusterId(${cStringQuoted(f.clusterId)})`,
      code`        .withClientId(${cStringQuoted(f.clientId)})`,
      code`        .withClientSecret(${cStringQuoted(f.clientSecret)})`,
      code`        .withRegion(${cStringQuoted(f.region)})`,
      '        .build();',
      '  }',
      '}',
    ),
    warnings: cloudBuilderWarnings(f, 'Environment variables override the builder’s values by default: export CAMUNDA_AUTHORIZATION_SERVER_URL and CAMUNDA_TOKEN_AUDIENCE (see the environment-variable variant).'),
  };
}

export function generateJavaCamundaClient(f: SnippetFields): GeneratorOutput {
  return cloudBuilder(f, 'camunda');
}

export function generateJavaZeebeClient(f: SnippetFields): GeneratorOutput {
  return cloudBuilder(f, 'zeebe');
}

export function generateJavaEnv(f: SnippetFields): GeneratorOutput {
  return {
    segments: lines(
      '# Read by CamundaClient.newClientBuilder().build() (Java client 8.8+) and ZeebeClient (8.6, 8.7).',
      '# Each CAMUNDA_ name falls back to its ZEEBE_ name (ZEEBE_GRPC_ADDRESS; never ZEEBE_ADDRESS).',
      ...exportLines(javaEnv(f)),
    ),
  };
}
