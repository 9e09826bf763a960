import { describe, expect, it } from 'vitest';
import { formatHttpResponse, prettyJson } from '../../src/lib/http/formatHttp';

describe('formatHttpResponse', () => {
  it('prints status line, headers, a blank line and indented JSON', () => {
    const text = formatHttpResponse({ status: 401, statusText: 'Unauthorized', headers: [['content-type', 'application/problem+json']], body: '{"status":401}' });
    expect(text).toBe('HTTP/1.1 401 Unauthorized\ncontent-type: application/problem+json\n\n{\n  "status": 401\n}');
  });

  it('leaves a body that is not JSON as it came', () => {
    expect(prettyJson('<html>401</html>')).toBe('<html>401</html>');
    expect(formatHttpResponse({ status: 204, statusText: 'No Content', headers: [], body: '' })).toBe('HTTP/1.1 204 No Content\n\n\n');
  });
});
