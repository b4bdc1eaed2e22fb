/** The app's navigation, as a person uses it: the main menu's links by their words. */
import type { Page } from 'playwright-core';

export const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' });

/** Opens a screen from the main menu ("Besvarelser", "Gennemgang", "Send og indlæs", …). */
export async function goTo(page: Page, item: string): Promise<void> {
  await mainMenu(page).getByRole('link', { name: item, exact: true }).click();
}
