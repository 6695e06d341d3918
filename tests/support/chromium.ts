// Debian's Chromium, driven by playwright-core, for tests of pages in a real browser. Never downloads
// a browser: CHROMIUM_PATH (default /usr/bin/chromium) must point at an installed one.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`No Chromium at ${CHROMIUM_PATH}: install Debian's chromium package or set CHROMIUM_PATH.`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Where tests keep screenshots as artifacts. */
export function screenshotPath(name: string): string {
  const dir = join(__dirname, '..', '..', 'reports', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
