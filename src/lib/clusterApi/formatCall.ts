/** The HTTP request of a cluster call as text, the bearer token masked unless the reader reveals it. */
import { maskSecret } from '../credentials/maskSecret';
import type { PreparedCall } from './variants';

export function formatApiRequest(call: PreparedCall, reveal: boolean): string {
  const url = new URL(call.url);
  const lines = [`${call.method} ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`];
  for (const [name, value] of Object.entries(call.headers)) {
    lines.push(name === 'Authorization' && call.token && !reveal ? `Authorization: Bearer ${maskSecret(call.token, { visible: 4 })}` : `${name}: ${value}`);
  }
  return call.body ? `${lines.join('\n')}\n\n${call.body}` : lines.join('\n');
}
