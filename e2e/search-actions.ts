import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/**
 * Presses a search shortcut (`/` or Ctrl+K) once it works: the listener is attached at hydration,
 * and the header's search button says so with data-shortcuts="on". Pressing earlier does nothing.
 */
export async function pressSearchShortcut(page: Page, key: "/" | "Control+k" = "/") {
  await expect(page.locator('button[aria-keyshortcuts][data-shortcuts="on"]').first()).toBeAttached();
  await page.keyboard.press(key);
}
