/**
 * The Spring Boot starter's property names, per generation (camunda-docs, versioned
 * `spring-zeebe-sdk/getting-started.md`): 8.8 `camunda.client.cloud.*` and `auth.token-url`;
 * 8.6/8.7 `camunda.client.cluster-id`, `region`, `auth.issuer`; 8.5 and older `zeebe.client.cloud.*`.
 * The downloaded Spring files and the Spring snippets both take their keys from here.
 */
import { DEFAULT_TOKEN_URL } from '../credentials/model';

export type SpringKeySet = '8.8' | '8.6' | 'legacy';

export interface SpringValues<T> {
  clientId: T;
  clientSecret: T;
  clusterId: T;
  region: T;
  tokenUrl: T;
}

/**
 * The properties, in file order. `text` reads a value's text: SaaS mode fills in the real token
 * URL, so a token URL line is written only when it differs (a local mock); 8.5 has no such key.
 */
export function springProperties<T>(v: SpringValues<T>, keys: SpringKeySet, saas: T, text: (value: T) => string): [string, T][] {
  if (keys === 'legacy') {
    return [
      ['zeebe.client.cloud.cluster-id', v.clusterId],
      ['zeebe.client.cloud.client-id', v.clientId],
      ['zeebe.client.cloud.client-secret', v.clientSecret],
      ['zeebe.client.cloud.region', v.region],
    ];
  }
  const is88 = keys === '8.8';
  const props: [string, T][] = [
    ['camunda.client.mode', saas],
    ['camunda.client.auth.client-id', v.clientId],
    ['camunda.client.auth.client-secret', v.clientSecret],
  ];
  if (text(v.tokenUrl) !== DEFAULT_TOKEN_URL) props.push([is88 ? 'camunda.client.auth.token-url' : 'camunda.client.auth.issuer', v.tokenUrl]);
  if (is88) props.push(['camunda.client.cloud.cluster-id', v.clusterId], ['camunda.client.cloud.region', v.region]);
  else props.push(['camunda.client.cluster-id', v.clusterId], ['camunda.client.region', v.region]);
  return props;
}
