/** For the variables table: which fact says what each client reads. */
import type { ClientName } from '../credentials/variables';

export const CLIENT_CONFIG_FACT: Record<ClientName, string> = {
  java: 'java-config',
  spring: 'spring-config-88',
  node: 'node-config',
  go: 'go-config',
  zbctl: 'go-config',
  python: 'python-config',
  csharp: 'csharp-config',
};
