/** How the playground prints HTTP answers: one place, so every panel shows them the same way. */

/** JSON indented for reading; anything else as it came. */
export function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

export interface HttpResponseText {
  status: number;
  statusText: string;
  headers: ReadonlyArray<readonly [string, string]>;
  body: string;
}

/** A response as it would look on the wire: status line, headers, blank line, body. */
export function formatHttpResponse(response: HttpResponseText): string {
  const headers = response.headers.map(([name, value]) => `${name}: ${value}`).join('\n');
  return `HTTP/1.1 ${response.status} ${response.statusText}\n${headers}\n\n${prettyJson(response.body)}`;
}
