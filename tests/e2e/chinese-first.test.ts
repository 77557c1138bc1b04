// Journey: in zh-CN, the product's first language, every screen of every role speaks Chinese. The
// walk visits each screen a role's navigation offers (and a center page, the report forms) and
// fails on any text on screen that is English words: only codes, numbers, e-mail addresses and
// names may be written in Latin letters. Refusals come in Chinese too.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { navigationFor } from "../../client/src/app/navigation.ts";
import {
  DEMO_HANDLER,
  DEMO_HQ,
  DEMO_PASSWORD,
  demoAuditorEmail,
  demoManagerEmail,
} from "../../prisma/seed-data/people.ts";
import { can, type Role } from "../../shared/domain/roles.ts";
import { useRunningApp } from "../helpers/e2e-app.ts";
import { openPage, screenshot } from "../helpers/e2e-pages.ts";

const app = useRunningApp();

/**
 * Latin text a Chinese screen may show: codes (SH-0042, PRICE_LIST, WO-1), e-mail addresses, time
 * zones, file formats, numbers with their units, and the language switch's own "English".
 */
const ALLOWED_LATIN = [
  /^[A-Z0-9][A-Z0-9_\-/.#]*$/, // codes and identifiers
  /^#[\w-]+$/, // record ids (a user's is a UUID)
  /^[\w.+-]+@[\w.-]+$/, // e-mail addresses
  /^[A-Z][a-z]+\/[A-Za-z_]+$/, // IANA time zones
  /^(English|CSV|UTF-8|GB18030|UTF-16|BOM|IP|N\/A|ISO 8601|YYYY-MM(-DD)?)$/,
  /^[\d\s.,:%+\-–—/()#·×→…|<>=]*(MB|KB|px)?$/, // numbers, dates, ranges
];

/** Every visible text of the page written only in ASCII with a letter in it, that is not allowed. */
async function englishOnScreen(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || element.closest("script, style, [aria-hidden='true'], option:not(:checked)")) continue;
      const style = getComputedStyle(element);
      if (style.display === "none" || style.visibility === "hidden") continue;
      const text = (node.textContent ?? "").trim();
      if (text) found.push(text);
    }
    for (const input of document.querySelectorAll<HTMLInputElement>("input[placeholder], textarea[placeholder]"))
      found.push(input.placeholder.trim());
    return found;
  });
  return [
    ...new Set(
      texts
        .flatMap((text) => text.split(/\s+·\s+|,\s+/))
        .map((text) => text.trim())
        .filter((text) => /^[\x20-\x7E]*$/.test(text) && /[A-Za-z]/.test(text))
        .filter((text) => !ALLOWED_LATIN.some((pattern) => pattern.test(text))),
    ),
  ];
}

async function signInChinese(page: Page, email: string) {
  await page.goto(app.server.url);
  await page.waitForURL("**/sign-in");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
}

/** Waits until the screen has loaded what it asked for (no "loading" line left). */
async function settled(page: Page) {
  await page.waitForLoadState("networkidle");
  await expect.poll(() => page.getByRole("status").filter({ hasText: "加载中" }).count()).toBe(0);
}

const people: { role: Role; email: string; phone?: boolean }[] = [
  { role: "HQ_ADMIN", email: DEMO_HQ.email },
  { role: "REGIONAL_MANAGER", email: demoManagerEmail("EAST") },
  { role: "AUDITOR", email: demoAuditorEmail("SOUTH", 1) },
  { role: "COMPLAINT_HANDLER", email: DEMO_HANDLER.email },
  // On a phone (390×844, touch): the auditor in the field, and the others away from their desks.
  { role: "AUDITOR", email: demoAuditorEmail("SOUTH", 2), phone: true },
  { role: "REGIONAL_MANAGER", email: demoManagerEmail("NORTH"), phone: true },
  { role: "HQ_ADMIN", email: DEMO_HQ.email, phone: true },
  { role: "COMPLAINT_HANDLER", email: DEMO_HANDLER.email, phone: true },
];

describe("Chinese first", () => {
  for (const person of people) {
    const where = person.phone ? " on a phone" : "";
    it(`shows ${person.role}${where} every screen in Chinese, and none scrolls sideways`, async () => {
      const { page, consoleErrors } = await openPage(app.browser, { locale: "zh-CN", phone: person.phone });
      await signInChinese(page, person.email);
      await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"));
      const paths = [...new Set(navigationFor(person.role).map((item) => item.to))];
      if (person.role === "HQ_ADMIN") paths.push("/admin/checklists");
      if (person.role === "AUDITOR") paths.push("/reports/new/VISIT", "/reports/new/SPOT_CHECK");
      const english: Record<string, string[]> = {};
      for (const path of paths) {
        await page.goto(`${app.server.url}${path}`);
        await settled(page);
        const found = await englishOnScreen(page);
        if (found.length > 0) english[path] = found;
        await screenshot(page, `zh-${person.role}${person.phone ? "-phone" : ""}${path.replaceAll("/", "-")}`);
      }
      // A center's own page, reached from the list.
      await page.goto(`${app.server.url}/centers`);
      await page.getByTestId("centers-table").locator("tbody a").first().click();
      await page.waitForURL("**/centers/*");
      await settled(page);
      const center = await englishOnScreen(page);
      if (center.length > 0) english["/centers/:id"] = center;
      // A complaint's own page, reached from the desk.
      if (can(person.role, "complaints.read")) {
        await page.goto(`${app.server.url}/complaints`);
        // Resolved ones too: a region may have nothing open right now.
        await page.getByRole("combobox", { name: "是否办结" }).selectOption("ALL");
        await page.getByTestId("complaints-table").locator("tbody a").first().click();
        await page.waitForURL("**/complaints/*");
        await settled(page);
        const complaint = await englishOnScreen(page);
        if (complaint.length > 0) english["/complaints/:id"] = complaint;
        await screenshot(page, `zh-${person.role}${person.phone ? "-phone" : ""}-complaint`);
      }

      expect(english).toEqual({});
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    });
  }

  it("refuses in Chinese: a wrong password, an e-mail that is not one", async () => {
    const { page } = await openPage(app.browser, { locale: "zh-CN" });
    await page.goto(app.server.url);
    await page.waitForURL("**/sign-in");
    await page.locator("#email").fill(DEMO_HQ.email);
    await page.locator("#password").fill("not-the-password");
    await page.getByRole("button", { name: "登录" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toBe("邮箱或密码不正确，或账号未启用。");
    await page.locator("#email").fill("not-an-email");
    await page.getByRole("button", { name: "登录" }).click();
    await expect
      .poll(() => page.locator("#email-error").textContent())
      .toBe("请输入有效的邮箱地址，例如 name@example.com。");
    await page.context().close();
  });
});
