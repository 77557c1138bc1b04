// Journeys of the reports-in issue: an auditor files a visit with a failed critical item and sees
// its capped score; a manager imports a callback CSV with an error, reads it by row, fixes the file
// and imports it.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { isoToWallTime } from "../../client/src/lib/zoned-time.ts";
import { DEMO_PASSWORD, demoAuditorEmail, demoManagerEmail } from "../../prisma/seed-data/people.ts";
import { openPage, screenshot, signIn } from "../helpers/e2e-pages.ts";
import { useRunningApp } from "../helpers/e2e-app.ts";

const app = useRunningApp();

const twoHoursAgo = () => isoToWallTime(new Date(Date.now() - 2 * 3_600_000).toISOString(), "Asia/Shanghai");

/** On a new visit's form: the first center, two hours ago, a screen repair. Returns the checklist items. */
async function fillVisitDetails(page: Page) {
  const firstCenter = page.locator("#centerId option").nth(1);
  await firstCenter.waitFor({ state: "attached" });
  await page.locator("#centerId").selectOption(await firstCenter.getAttribute("value"));
  await page.locator("#eventAt").fill(twoHoursAgo());
  await page.locator("#scenario").selectOption("SCREEN_REPAIR");
  return page.locator("[data-item]");
}

describe("reports in", () => {
  it("an auditor fills and submits a visit with a failed critical item and sees its capped score", async () => {
    const { page, consoleErrors } = await openPage(app.browser);
    await signIn(page, app.server.url, demoAuditorEmail("SOUTH", 1), DEMO_PASSWORD);
    await page.waitForURL("**/centers");
    await page.getByRole("link", { name: "My reports" }).click();
    await page.getByRole("link", { name: "New visit" }).click();
    await page.waitForURL("**/reports/new/VISIT");

    const items = await fillVisitDetails(page);
    const count = await items.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i++) await items.nth(i).getByLabel("Pass").check();
    await expect.poll(() => page.getByTestId("live-score").textContent()).toBe("100.00");

    // A draft first: the form moves to the report's own address and says what it did.
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.waitForURL(/\/reports\/\d+$/);
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "Draft saved" }).textContent())
      .toBe("Draft saved (revision 1).");
    await page.locator('[data-item="GENUINE_PARTS"]').getByLabel("Fail").check();
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "Draft saved" }).textContent())
      .toBe("Draft saved (revision 2).");
    await expect.poll(() => page.getByTestId("live-score").textContent()).toBe("0.00");
    await expect
      .poll(() => page.getByTestId("score-preview").getByRole("alert").textContent())
      .toMatch(/critical item failed/i);
    await screenshot(page, "visit-form-critical-failed");

    await page.getByRole("button", { name: "Submit" }).click();
    // Submitting cannot be undone: the form asks first.
    const confirm = page.getByRole("alertdialog", { name: "Submit this report?" });
    await screenshot(page, "visit-confirm-submit");
    await confirm.getByRole("button", { name: "Submit" }).click();
    await page.waitForURL(/\/reports\/\d+$/);
    await expect.poll(() => page.getByTestId("final-score").textContent()).toBe("0.00");
    await expect.poll(() => page.getByTestId("read-only").textContent()).toMatch(/Submitted/);
    await screenshot(page, "visit-submitted");

    await page.getByRole("link", { name: "Back to reports" }).click();
    const submitted = page.locator("[data-report-status=SUBMITTED]").first();
    await submitted.waitFor();
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("on a phone (390×844, touch), an auditor opens the menu, fills a visit by tapping, and submits from the bar", async () => {
    const { page, consoleErrors } = await openPage(app.browser, { phone: true });
    await signIn(page, app.server.url, demoAuditorEmail("NORTH", 1), DEMO_PASSWORD);
    await page.waitForURL("**/centers");
    await page.getByTestId("centers-table").waitFor();
    await screenshot(page, "phone-centers");

    // The sidebar is folded into a menu.
    await page.getByRole("button", { name: "Menu" }).tap();
    await page.getByRole("dialog").getByRole("link", { name: "My reports" }).tap();
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
    await page.getByRole("link", { name: "New visit" }).tap();
    await page.waitForURL("**/reports/new/VISIT");

    const items = await fillVisitDetails(page);
    const count = await items.count();
    for (let i = 0; i < count; i++) {
      const pass = items.nth(i).locator("label", { hasText: "Pass" });
      // A thumb-sized target: at least 44 px high.
      expect((await pass.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      // Scrolled to the middle of the screen, as a thumb would: not under the bar at the bottom.
      await pass.evaluate((el) => el.scrollIntoView({ block: "center" }));
      await pass.tap();
    }
    await expect.poll(() => page.getByTestId("live-score").textContent()).toBe("100.00");

    // Scrolled to the top, the live score and Submit are still on screen.
    await page.evaluate(() => window.scrollTo(0, 0));
    const submit = page.getByRole("button", { name: "Submit" });
    const box = (await submit.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(box.y).toBeGreaterThanOrEqual(0);
    await expect.poll(() => page.getByTestId("live-score").isVisible()).toBe(true);
    await screenshot(page, "phone-visit-form");

    await submit.tap();
    await page.getByRole("alertdialog", { name: "Submit this report?" }).getByRole("button", { name: "Submit" }).tap();
    await page.waitForURL(/\/reports\/\d+$/);
    await expect.poll(() => page.getByTestId("final-score").textContent()).toBe("100.00");
    await screenshot(page, "phone-visit-submitted");
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("a manager imports a CSV with an error, sees it by row, fixes the file and imports it", async () => {
    const { page, consoleErrors } = await openPage(app.browser);
    await signIn(page, app.server.url, demoManagerEmail("EAST"), DEMO_PASSWORD);
    await page.waitForURL("**/scorecard");
    await page.locator('[data-nav="centers"] a').click();
    await page.getByTestId("centers-table").waitFor();
    const code = (await page.locator("[data-center-code]").first().getAttribute("data-center-code"))!;
    const calledAt = twoHoursAgo().replace("T", " ");
    const header =
      "work_order_no,center_code,called_at,outcome,rating,issue_resolved,price_explained,staff_courteous,comment";
    const rows = (secondRating: number) =>
      [
        header,
        `E2E-WO-1,${code},${calledAt},REACHED,5,Y,Y,Y,`,
        `E2E-WO-2,${code},${calledAt},REACHED,${secondRating},N,Y,Y,等待太久`,
      ].join("\n");

    await page.getByRole("link", { name: "Import callbacks" }).click();
    await page.waitForURL("**/callbacks/import");
    await page
      .locator("#import-file")
      .setInputFiles({ name: "callbacks.csv", mimeType: "text/csv", buffer: Buffer.from(rows(7)) });
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect.poll(() => page.getByTestId("import-rejected").textContent()).toMatch(/1 problem\(s\) in 2 row\(s\)/);
    const errorRow = page.locator('[data-testid="import-errors"] tr[data-row="3"]');
    await expect.poll(() => errorRow.textContent()).toMatch(/rating.*The rating is a whole number from 1 to 5/);
    await screenshot(page, "import-rejected");

    await page
      .locator("#import-file")
      .setInputFiles({ name: "callbacks-fixed.csv", mimeType: "text/csv", buffer: Buffer.from(rows(2)) });
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect.poll(() => page.getByTestId("import-validated").textContent()).toMatch(/2 row\(s\) are valid/);
    await page.getByRole("button", { name: "Import 2 callbacks" }).click();
    await expect.poll(() => page.getByTestId("import-committed").textContent()).toBe("2 callback(s) stored.");
    await screenshot(page, "import-committed");

    // The same file again: nothing new.
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toMatch(/already imported/);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
