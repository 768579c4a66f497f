import type { Page } from 'playwright-core';

/** antd puts data-testid on the input itself or on its wrapper, depending on the component. */
export const field = (page: Page, id: string) =>
  page.locator(`input[data-testid="${id}"], [data-testid="${id}"] input`).first();

/**
 * Type a day ('dd/mm/yyyy') or a day and time ('dd/mm/yyyy HH:mm') into the date picker `id`, as a
 * person does, and confirm it with Enter (the date-time picker waits for a confirmation).
 */
export async function typeDate(page: Page, id: string, text: string): Promise<void> {
  const input = field(page, id);
  await input.click();
  await input.fill(text);
  await input.press('Enter');
}
