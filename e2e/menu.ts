import type { Locator, Page } from 'playwright-core';

/**
 * A module's menu entry: the menu is grouped (Tổ chức, Đoàn viên…), so open the group first.
 * On a phone the groups live in the drawer behind the menu button.
 */
export async function menuEntry(page: Page, group: string, testId: string): Promise<Locator> {
  const drawerButton = page.getByTestId('menu-open');
  if (await drawerButton.isVisible()) await drawerButton.click();
  else await page.getByTestId(`menu-group-${group}`).click();
  const entry = page.getByTestId(testId);
  await entry.waitFor();
  return entry;
}
