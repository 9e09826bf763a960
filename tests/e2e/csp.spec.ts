import { test, expect } from './support/fixtures';
import { openPlayground } from './support/widgets';

test('a Content-Security-Policy forbidding remote scripts, styles, fonts and frames is in force', async ({ page, problems }) => {
  await openPlayground(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("frame-src 'none'");
  // Only the development server relaxes the policy (its bundles use eval); the build never does.
  expect(policy).not.toContain('unsafe-eval');
  // Try what an injected script would: the browser itself must refuse each one.
  const violations = await page.evaluate(async () => {
    const seen: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
    const script = document.createElement('script');
    script.src = 'https://example.com/evil.js';
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = 'https://example.com/evil.css';
    const frame = document.createElement('iframe');
    frame.src = 'https://example.com/';
    const font = new FontFace('Evil', 'url(https://example.com/evil.woff2)');
    document.head.append(script, style);
    document.body.append(frame);
    await font.load().catch(() => undefined);
    // Reports arrive asynchronously; on a busy machine they can take a while.
    const wanted = ['font-src', 'frame-src', 'script-src-elem', 'style-src-elem'];
    for (let waited = 0; waited < 10_000 && !wanted.every((d) => seen.includes(d)); waited += 100) await new Promise((r) => setTimeout(r, 100));
    return seen.sort();
  });
  expect(violations).toEqual(expect.arrayContaining(['font-src', 'frame-src', 'script-src-elem', 'style-src-elem']));
  // The refusals themselves are logged by the browser; they are what this test provoked.
  problems.consoleErrors.length = 0;
  problems.failedRequests.length = 0;
  problems.foreignRequests.length = 0;
});
