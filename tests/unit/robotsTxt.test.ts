import { describe, expect, it } from 'vitest';
import { formatRobotsTxt } from '../../src/plugins/robotsTxt';

describe('formatRobotsTxt', () => {
  it('allows everything and names the sitemap by its absolute URL under the base path', () => {
    expect(formatRobotsTxt('https://docs.example.com', '/auth-guide/')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://docs.example.com/auth-guide/sitemap.xml\n');
    expect(formatRobotsTxt('http://localhost:3000', '/')).toContain('Sitemap: http://localhost:3000/sitemap.xml\n');
  });
});
