// Pages for the end-to-end journeys: English, failing on console errors, signed in through the form.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";

/** Screenshots are kept as test artifacts here (gitignored). */
export const ARTIFACTS_DIR = fileURLToPath(new URL("../../test-results/e2e", import.meta.url));

export async function openPage(browser: Browser): Promise<{ page: Page; consoleErrors: string[] }> {
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 1366, height: 900 } });
  await context.addInitScript(() => localStorage.setItem("franchise-audit.language", "en"));
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  return { page, consoleErrors };
}

export async function signIn(page: Page, baseUrl: string, email: string, password: string) {
  await page.goto(baseUrl);
  await page.waitForURL("**/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
}
