import { expect, type Page } from '@playwright/test';

/** Scrolls to a guide page's widget, as a reader does, and waits until it has replaced its placeholder. */
export async function scrollToWidget(page: Page): Promise<void> {
  const placeholder = page.getByTestId('widget-placeholder');
  // It may already be gone (loaded early, or from a share link) by the time we scroll.
  await placeholder.first().scrollIntoViewIfNeeded({ timeout: 5_000 }).catch(() => undefined);
  await expect(placeholder).toHaveCount(0, { timeout: 15_000 });
}
