// The regional manager's journey: find the failing centers of the last closed period, open one,
// read why it failed, verify a corrective action; another region's center stays out of sight.
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD, demoManagerEmail } from "../../prisma/seed-data/people.ts";
import { seriousAccessibilityViolations } from "../helpers/axe.ts";
import { openPage, screenshot, signIn } from "../helpers/e2e-pages.ts";
import { useRunningApp } from "../helpers/e2e-app.ts";

const app = useRunningApp();

describe("regional manager's dashboard", () => {
  it("finds the failing centers, reads why one failed, and verifies a corrective action", async () => {
    const { page, consoleErrors } = await openPage(app.browser);
    await signIn(page, app.server.url, demoManagerEmail("EAST"), DEMO_PASSWORD);
    await page.waitForURL("**/scorecard");
    await page.getByTestId("scorecard-table").waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    // The last closed period, failing centers only.
    const periodSelect = page.getByRole("combobox", { name: "Period" });
    const closed = await periodSelect.locator("option", { hasText: "closed" }).first().getAttribute("value");
    await periodSelect.selectOption(closed);
    await expect
      .poll(() => page.getByTestId("scorecard-summary").textContent())
      .toMatch(new RegExp(`${closed} is closed`));
    await page.getByRole("combobox", { name: "Result" }).selectOption("FAIL");
    await expect
      .poll(() => page.locator("[data-testid=scorecard-table] [data-result]").allTextContents())
      .not.toEqual([]);
    const results = await page
      .locator("[data-testid=scorecard-table] [data-result]")
      .evaluateAll((cells) => cells.map((c) => c.getAttribute("data-result")));
    expect(new Set(results)).toEqual(new Set(["FAIL"]));
    await page.getByTestId("scorecard-charts").waitFor();
    // At a laptop's 1366 the table's columns fit its card (more are a click away), under a headline.
    const table = page.getByTestId("scorecard-scroll");
    expect(await table.evaluate((t) => t.scrollWidth - t.clientWidth)).toBeLessThanOrEqual(0);
    await expect
      .poll(() => page.getByTestId("scorecard-headline").textContent())
      .toMatch(/^\d+ failing · pass rate [\d.]+% · \d+ under corrective action$/);
    await screenshot(page, "scorecard-failing");

    // Open the first failing center and read why it failed.
    await page.locator("[data-testid=scorecard-table] tbody tr[data-center-code] a").first().click();
    await page.waitForURL(/\/centers\/\d+$/);
    await page.locator(`[data-evaluation="${closed}"]`).getByRole("button", { name: "Why?" }).click();
    await expect.poll(() => page.getByTestId("explain-composite").textContent()).toMatch(/against 80\.00: Fail/);
    await screenshot(page, "center-explained");

    // Verify a submitted corrective action.
    await page.locator('[data-nav="correctiveActions"] a').click();
    await page.getByTestId("corrective-actions").waitFor();
    await page.getByRole("combobox", { name: "Status" }).selectOption("OVERDUE");
    const open = page.locator('[data-action-status="OVERDUE"]').first();
    await open.waitFor();
    await page.locator("tr[data-action-id]").first().getByRole("button", { name: "Open" }).click();
    const panel = page.getByTestId("action-panel");
    if (await panel.getByRole("button", { name: "Record the rectification" }).isVisible()) {
      await panel.getByLabel("What the center changed").fill("Price list reprinted and displayed; staff retrained.");
      await panel.getByLabel("Evidence").fill("Photos IMG_2201–2204, training sign-in sheet");
      await panel.getByRole("button", { name: "Record the rectification" }).click();
    }
    await panel.getByRole("button", { name: "Verify" }).click();
    await expect
      .poll(() => panel.getByRole("status").textContent())
      .toBe("Rectification verified: the corrective action is closed.");
    await expect.poll(() => panel.locator("h2").textContent()).toMatch(/Verified/);
    await screenshot(page, "corrective-action-verified");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("does not show another region's center by URL", async () => {
    const { page } = await openPage(app.browser);
    await signIn(page, app.server.url, demoManagerEmail("EAST"), DEMO_PASSWORD);
    await page.waitForURL("**/scorecard");
    // Center ids are assigned region by region: the last one belongs to the last region, not EAST.
    await page.goto(`${app.server.url}/centers/200`);
    await expect
      .poll(() => page.getByTestId("center-not-found").textContent())
      .toMatch(/does not exist or is not in your regions/);
    await page.context().close();
  });
});
