import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const SYSTEM_CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Where a Chromium comes from, so the run can say which one it uses. */
export interface ChromiumChoice {
  /** undefined means Playwright's own downloaded browser. */
  executablePath: string | undefined;
  source: 'CHROMIUM_PATH' | 'system' | 'playwright';
}

function findOnPath(name: string): string | undefined {
  if (name.startsWith('/')) return existsSync(name) ? name : undefined;
  try {
    const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
    return found && existsSync(found) ? found : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Order: the CHROMIUM_PATH override, then a system Chromium or Chrome, then the browser
 * Playwright downloaded itself (machines where `npx playwright install` works).
 */
export function findChromium(playwrightPath: () => string): ChromiumChoice | undefined {
  const override = process.env.CHROMIUM_PATH;
  if (override) {
    if (!existsSync(override)) {
      throw new Error(`CHROMIUM_PATH is set to ${override}, but no file is there. Fix or unset it.`);
    }
    return { executablePath: override, source: 'CHROMIUM_PATH' };
  }
  for (const candidate of ['/usr/bin/chromium', ...SYSTEM_CANDIDATES]) {
    const found = findOnPath(candidate);
    if (found) return { executablePath: found, source: 'system' };
  }
  try {
    const own = playwrightPath();
    if (own && existsSync(own)) return { executablePath: undefined, source: 'playwright' };
  } catch {
    // Playwright throws when its browser was never downloaded.
  }
  return undefined;
}

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found: install one (Debian/Ubuntu: sudo apt-get install -y chromium), run `npx playwright install chromium`, or set CHROMIUM_PATH to a Chrome/Chromium binary.';
