/** Java: the cloud builders of CamundaClient (8.8+) and ZeebeClient (8.7 and older), and env vars. */
import { AUDIENCES, DEFAULT_TOKEN_URL } from '../credentials/model';
import { javaEnv } from './env';
import { cStringQuoted } from './escape';
import type { SnippetFields } from './fields';
import { code, lines } from './segments';
import { exportLines } from './shell';
import type { GeneratorOutput } from './types';

/** The cloud builders derive every address from cluster id and region; they cannot be redirected. */
export function cloudBuilderWarnings(f: SnippetFields, alternative: string): string[] {
  if (f.tokenUrl.value === DEFAULT_TOKEN_URL && f.audience.value === AUDIENCES.zeebe) return [];
  return [
    `This builder always asks ${DEFAULT_TOKEN_URL} for a ${AUDIENCES.zeebe} token, so your token URL (${f.tokenUrl.value}) or audience (${f.audience.value}) is not used. ${alternative}`,
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
    warnings: cloudBuilderWarnings(f, 'Use the environment-variable variant to set them.'),
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
      '# Read by CamundaClient.newClientBuilder().build() (Java client 8.8+).',
      '# ZeebeClient (8.7 and older) reads the same names with ZEEBE_ instead of CAMUNDA_.',
      ...exportLines(javaEnv(f)),
    ),
  };
}
