/** Docker Compose `environment:` and a Kubernetes Secret consumed by a Deployment. */
import { allClientsEnv } from './env';
import { composeQuoted, yamlQuoted } from '../formats/yaml';
import type { SnippetFields } from './fields';
import { lines } from './segments';
import type { GeneratorOutput } from './types';

const KUBERNETES_SECRET_NAME = 'camunda-credentials';

export function generateDockerCompose(f: SnippetFields): GeneratorOutput {
  return {
    segments: lines(
      'services:',
      '  worker:',
      '    image: my-worker:latest # your worker image',
      '    # Compose reads $ as the start of a variable, so a literal $ is written $$.',
      '    # Keeping these lines in a .env file next to compose.yaml (env_file: .env) keeps them out of git.',
      '    environment:',
      ...allClientsEnv(f).map(([name, value]) => [`      ${name}: `, composeQuoted(value)]),
    ),
  };
}

export function generateKubernetes(f: SnippetFields): GeneratorOutput {
  return {
    segments: lines(
      '# Keep this file out of version control, or create the Secret from a secrets manager.',
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      `  name: ${KUBERNETES_SECRET_NAME}`,
      'type: Opaque',
      'stringData:',
      ...allClientsEnv(f).map(([name, value]) => [`  ${name}: `, yamlQuoted(value)]),
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: my-worker',
      'spec:',
      '  # Every replica fetches and caches its own token: scale with the rate limit in mind.',
      '  replicas: 1',
      '  selector:',
      '    matchLabels:',
      '      app: my-worker',
      '  template:',
      '    metadata:',
      '      labels:',
      '        app: my-worker',
      '    spec:',
      '      containers:',
      '        - name: worker',
      '          image: my-worker:latest # your worker image',
      '          # Every key of the Secret becomes an environment variable.',
      '          envFrom:',
      '            - secretRef:',
      `                name: ${KUBERNETES_SECRET_NAME}`,
      '          # Single keys can also be mapped, e.g. under another name:',
      '          env:',
      '            - name: CAMUNDA_CLIENT_SECRET',
      '              valueFrom:',
      '                secretKeyRef:',
      `                  name: ${KUBERNETES_SECRET_NAME}`,
      '                  key: ZEEBE_CLIENT_SECRET',
    ),
  };
}
