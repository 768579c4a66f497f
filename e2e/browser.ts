import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium';

/**
 * Debian's Chromium with a fresh profile directory, as ARCHITECTURE.md prescribes. `locale` is the
 * browser's language (default vi-VN); en-US shows what native inputs would do in an English browser.
 */
export async function openBrowser(
  locale = 'vi-VN',
): Promise<{ context: BrowserContext; page: Page; close: () => Promise<void> }> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    args: [...chromiumArgs, `--lang=${locale}`],
    locale,
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1400, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join('e2e/screenshots', `${name}.png`), fullPage: true });
}
