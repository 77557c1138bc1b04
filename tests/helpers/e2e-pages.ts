// Pages for the end-to-end journeys: English unless asked (zh-CN is the product's first language,
// the journeys' assertions are written in English), failing on console errors, signed in through the form.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";

/** Screenshots are kept as test artifacts here (gitignored). */
export const ARTIFACTS_DIR = fileURLToPath(new URL("../../test-results/e2e", import.meta.url));

/** A laptop (1366 wide) by default; `phone`: 390×844 with touch, as an auditor in the field. */
export async function openPage(
  browser: Browser,
  { phone = false, locale = "en" }: { phone?: boolean; locale?: "en" | "zh-CN" } = {},
): Promise<{ page: Page; consoleErrors: string[] }> {
  const context = await browser.newContext(
    phone
      ? { locale, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 }
      : { locale, viewport: { width: 1366, height: 900 } },
  );
  await context.addInitScript((language) => localStorage.setItem("franchise-audit.language", language), locale);
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

/**
 * How far the page is wider than the screen (0 when it fits). Measured against the screen's width,
 * not window.innerWidth: a phone's browser widens its layout to content that overflows.
 */
export async function sidewaysOverflow(page: Page): Promise<number> {
  const width = page.viewportSize()?.width ?? 0;
  return (await page.evaluate(() => document.documentElement.scrollWidth)) - width;
}

/** The tables (by test id) wider than the card that holds them, and by how much. */
export async function tablesWiderThanTheirCard(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("table[data-testid]")].flatMap((table) => {
      const card = table.parentElement!;
      const excess = card.scrollWidth - card.clientWidth;
      return excess > 0 ? [`${table.getAttribute("data-testid")} (${excess} px)`] : [];
    }),
  );
}

/**
 * Keeps a picture of the page, and fails when the page scrolls sideways: every page must fit. From
 * a laptop's width (1366) on, every table must fit its card too; on a phone a wide table may scroll
 * inside its card.
 */
export async function screenshot(page: Page, name: string) {
  const width = page.viewportSize()?.width ?? 0;
  const overflow = await sidewaysOverflow(page);
  if (overflow > 0) throw new Error(`The page "${name}" scrolls sideways by ${overflow} px at ${width} px wide.`);
  if (width >= 1366) {
    const wide = await tablesWiderThanTheirCard(page);
    if (wide.length > 0)
      throw new Error(`On "${name}" at ${width} px, tables are wider than their card: ${wide.join(", ")}.`);
  }
  // The self-hosted CJK font comes in pieces, fetched as characters appear; this machine has no CJK
  // font of its own, so a picture taken before a piece arrives shows empty boxes. Ask for the pieces
  // of every character on the page, in each weight the page uses, and wait for them.
  await page.evaluate(async () => {
    const text = document.body.innerText;
    await Promise.all(
      ["400", "500", "600", "700"].map((weight) => document.fonts.load(`${weight} 16px "Noto Sans SC Variable"`, text)),
    );
    await document.fonts.ready;
    // Text drawn before its piece arrived is shaped again (Chromium keeps some of it as boxes).
    document.body.style.display = "none";
    void document.body.offsetHeight;
    document.body.style.display = "";
  });
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
}
