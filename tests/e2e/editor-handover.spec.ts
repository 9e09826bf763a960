import type { Page, Route } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { openPlayground } from './support/widgets';

/**
 * The playground's credentials editor takes typing at once as a plain textarea, with the live
 * checks; Monaco is fetched only when the reader reaches for the editor and takes over with the
 * text, the selection and the focus, without moving the page.
 */

/** Holds back the script that sets up Monaco until `release` is called. */
async function holdMonaco(page: Page): Promise<{ release: () => void; requested: () => boolean }> {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let requested = false;
  // At the context: the page's service worker (the mock) fetches the page's scripts, and Chromium
  // routes a service worker's requests only there.
  await page.context().route('**/assets/js/*.js', async (route: Route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes('MonacoEnvironment')) {
      requested = true;
      await gate;
    }
    await route.fulfill({ response, body });
  });
  return { release, requested: () => requested };
}

test('the editor takes typing before Monaco, which then takes over text, selection and focus in place', async ({ page }) => {
  const monaco = await holdMonaco(page);
  await openPlayground(page);
  const editor = page.getByRole('textbox', { name: 'Credentials file' });
  await expect(editor).toBeEditable();
  // Loading the page alone fetches no Monaco.
  expect(monaco.requested()).toBe(false);
  await expect(page.locator('.monaco-editor')).toHaveCount(0);
  const frame = page.getByTestId('credentials-drop-zone');
  // Where the editor sits on the page (not in the viewport: focusing may scroll).
  const placeOf = () => frame.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top + window.scrollY, left: r.left + window.scrollX, width: r.width, height: r.height };
  });
  const before = await placeOf();

  await editor.click();
  await page.keyboard.type("export ZEEBE_CLIENT_ID='abc'\nexport CAMUNDA_CLUSTER_REGION='syd 1'");
  const problems = page.getByRole('list', { name: 'Problems' });
  await expect(problems.locator('li[data-code="invalid-region"]')).toContainText('Line 2:');
  // Select "syd 1" in the plain editor.
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(() => monaco.requested()).toBe(true);

  monaco.release();
  await expect(page.locator('.monaco-editor')).toBeVisible();
  await expect(page.locator('textarea[hidden]')).toHaveCount(1);
  // Typing replaces the selection the textarea had, in the editor that now has the focus.
  await page.keyboard.type('syd-1');
  await expect(page.locator('.monaco-editor .view-lines')).toContainText("export CAMUNDA_CLUSTER_REGION='syd-1'");
  await expect(page.locator('.monaco-editor .view-lines')).toContainText("export ZEEBE_CLIENT_ID='abc'");
  await expect(problems.locator('li[data-code="invalid-region"]')).toHaveCount(0);
  expect(await placeOf()).toEqual(before);
});

test('a problem chosen before Monaco arrives puts the caret there in the plain editor', async ({ page }) => {
  await holdMonaco(page);
  await openPlayground(page);
  await page.getByRole('button', { name: 'Generate mock credentials' }).click();
  const editor = page.getByRole('textbox', { name: 'Credentials file' });
  await expect(editor).toHaveValue(/ZEEBE_CLIENT_ID=/);
  await editor.fill("export ZEEBE_CLIENT_ID='abc'\nexport CAMUNDA_CLUSTER_REGION='syd 1'");
  await page.getByRole('list', { name: 'Problems' }).locator('li[data-code="invalid-region"] button').click();
  await expect(editor).toBeFocused();
  const caret = await editor.evaluate((el: HTMLTextAreaElement) => el.value.slice(0, el.selectionStart).split('\n').length);
  expect(caret).toBe(2);
});
