/**
 * The playground on a phone: at a phone's viewport, does the page scroll sideways, and can every
 * control (the editor included) be reached, i.e. does it lie within the page's width, with a size
 * a finger can hit?
 */
import { loadLazyWidgets } from './lazyWidgets';
import type { Browser } from '@playwright/test';

export interface PhoneLayout {
  viewport: { width: number; height: number };
  /** How far the page is wider than the viewport, in CSS pixels (0: no sideways scroll). */
  overflowPx: number;
  /** Controls that cannot be reached: outside the width, or with no size. */
  unreachable: string[];
  controls: number;
}

const PHONE = { width: 375, height: 812 };

export async function auditPhoneLayout(browser: Browser, url: string): Promise<PhoneLayout> {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.getByRole('textbox', { name: 'Credentials file' }).waitFor({ state: 'visible', timeout: 30_000 });
    // Open every <details> so the controls inside count too.
    await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => d.setAttribute('open', '')));
    // The panels that load as the reader scrolls count too: bring each in.
    await loadLazyWidgets(page);
    const found = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const overflowPx = Math.max(0, document.documentElement.scrollWidth - width);
      const unreachable: string[] = [];
      const controls = [...document.querySelectorAll('main button, main input, main select, main textarea, main a[href], main [tabindex="0"]')].filter((el) => {
        const style = getComputedStyle(el);
        // Hidden on purpose: a file input behind its button, the plain editor once Monaco took over,
        // a dialog that is not open.
        if (el.closest('dialog:not([open])')) return false;
        return !(el as HTMLElement).hidden && style.display !== 'none' && style.visibility !== 'hidden' && (el as HTMLInputElement).type !== 'file';
      });
      for (const el of controls) {
        // Inside a scrolling box (a wide table, a code block) a control is reached by scrolling that box.
        let scroller = el.parentElement;
        while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement;
        const r = el.getBoundingClientRect();
        const bounds = scroller ? scroller.getBoundingClientRect() : { left: 0, right: width };
        const insideWidth = scroller ? r.width > 0 : r.left >= -1 && r.right <= width + 1;
        if (r.width === 0 || r.height === 0 || !insideWidth || (scroller && (bounds.left < -1 || bounds.right > width + 1))) {
          const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
          unreachable.push(`${el.tagName.toLowerCase()} "${name}" at x ${Math.round(r.left)}..${Math.round(r.right)}`);
        }
      }
      return { overflowPx, unreachable, controls: controls.length };
    });
    return { viewport: PHONE, ...found };
  } finally {
    await context.close();
  }
}
