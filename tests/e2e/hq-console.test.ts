// Headquarters' journey: reopen and re-close the latest period, find the proposal it raises, read
// its evidence, request the revocation and have a second admin approve it; the center then shows REVOKED and its auditor can no longer
// file a report for it. Then a simulation of a threshold of 85.
import { describe, expect, it } from "vitest";
import { DEMO_REGIONS } from "../../prisma/seed-data/geography.ts";
import { DEMO_HQ, DEMO_HQ_SECOND, DEMO_PASSWORD, demoAuditorEmail } from "../../prisma/seed-data/people.ts";
import { isoToWallTime } from "../../client/src/lib/zoned-time.ts";
import { seriousAccessibilityViolations } from "../helpers/axe.ts";
import { openPage, screenshot, signIn } from "../helpers/e2e-pages.ts";
import { useRunningApp } from "../helpers/e2e-app.ts";

const app = useRunningApp();

describe("headquarters' console", () => {
  it("re-closes a period, issues the proposal it raises, and the auditor can no longer file for that center", async () => {
    const { page, consoleErrors } = await openPage(app.browser);
    await signIn(page, app.server.url, DEMO_HQ.email, DEMO_PASSWORD);
    await page.waitForURL("**/scorecard");
    await page.locator('[data-nav="periods"] a').click();
    const reopenButton = page.getByRole("button", { name: /^Reopen \d{4}-\d{2}…$/ });
    const period = (await reopenButton.textContent())!.match(/\d{4}-\d{2}/)![0];
    await reopenButton.click();
    await page.getByLabel("Why reopen it?").fill("Late callbacks from the call center");
    await page.getByRole("button", { name: "Reopen it" }).click();
    await expect
      .poll(() => page.getByTestId("period-outcome").textContent())
      .toMatch(new RegExp(`${period} is open again`));

    await page.getByTestId("close-preview").waitFor();
    await page.getByRole("button", { name: `Close ${period}…` }).click();
    await page.getByRole("button", { name: "Close it" }).click();
    await expect
      .poll(() => page.getByTestId("period-outcome").textContent())
      .toMatch(new RegExp(`${period} re-closed`));
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.locator('[data-nav="revocations"] a').click();
    const proposal = page.locator("li[data-proposal]", { hasText: `raised by the close of ${period}` }).first();
    await proposal.waitFor();
    const code = (await proposal.getAttribute("data-center-code"))!;
    await proposal.getByRole("button", { name: "Why?" }).first().click();
    await expect.poll(() => proposal.getByTestId("explain-composite").textContent()).toMatch(/: Fail/);
    await screenshot(page, "revocation-evidence");
    // Issuing takes two people: this admin requests it, the second admin approves it.
    await proposal.getByRole("button", { name: "Request issuing" }).click();
    await proposal.getByLabel("Reason").fill("Failed two consecutive evaluations; rectification not met.");
    await proposal.getByRole("button", { name: "Request issuing" }).click();
    const requested = page.locator(`li[data-proposal][data-center-code="${code}"]`).first();
    await expect
      .poll(() => requested.getByTestId("awaiting-second").textContent())
      .toMatch(/waits for another headquarters admin/);
    expect(await requested.getByRole("button", { name: "Approve" }).count()).toBe(0);
    await page.getByRole("button", { name: "Sign out" }).click();
    expect(consoleErrors).toEqual([]);
    await page.context().close();

    const second = await openPage(app.browser);
    await signIn(second.page, app.server.url, DEMO_HQ_SECOND.email, DEMO_PASSWORD);
    await second.page.waitForURL("**/scorecard");
    await second.page.locator('[data-nav="revocations"] a').click();
    const awaiting = second.page.locator(`li[data-proposal][data-center-code="${code}"]`).first();
    await expect.poll(() => awaiting.getByTestId("awaiting-second").textContent()).toMatch(/waits for your approval/);
    await awaiting.getByRole("button", { name: "Approve" }).click();
    await awaiting.getByRole("button", { name: "Approve" }).click();
    await expect
      .poll(() => second.page.getByTestId("decision-outcome").textContent())
      .toMatch(new RegExp(`${code} is revoked from`));
    await second.page.getByRole("combobox", { name: "Status" }).selectOption("ISSUED");
    await second.page.locator(`li[data-proposal][data-center-code="${code}"]`).first().waitFor();
    const { page: secondPage, consoleErrors: secondErrors } = second;

    await secondPage.locator('[data-nav="centers"] a').click();
    await secondPage.getByRole("searchbox").fill(code);
    await expect.poll(() => secondPage.locator(`tr[data-center-code="${code}"]`).textContent()).toMatch(/Revoked/);
    await secondPage.getByRole("button", { name: "Sign out" }).click();
    expect(secondErrors).toEqual([]);
    await secondPage.context().close();

    // The center's auditor tries to file a visit for it.
    const region = DEMO_REGIONS.find((r) => r.code.slice(0, 2) === code.slice(0, 2))!;
    const auditor = await openPage(app.browser);
    await signIn(auditor.page, app.server.url, demoAuditorEmail(region.code, 1), DEMO_PASSWORD);
    await auditor.page.waitForURL("**/centers");
    await auditor.page.goto(`${app.server.url}/reports/new/VISIT`);
    const option = auditor.page.locator("#centerId option", { hasText: code });
    await option.waitFor({ state: "attached" });
    await auditor.page.locator("#centerId").selectOption(await option.getAttribute("value"));
    await auditor.page
      .locator("#eventAt")
      .fill(isoToWallTime(new Date(Date.now() - 2 * 3_600_000).toISOString(), "Asia/Shanghai"));
    await auditor.page.locator("#scenario").selectOption("SCREEN_REPAIR");
    await auditor.page.getByRole("button", { name: "Save draft" }).click();
    await expect
      .poll(() => auditor.page.locator("[data-field-error=centerId]").textContent())
      .toMatch(/is revoked: it accepts no new records/);
    await screenshot(auditor.page, "revoked-center-refused");
    await auditor.page.context().close();
  });

  it("simulates a threshold of 85 over the closed periods and shows how many centers would flip", async () => {
    const { page, consoleErrors } = await openPage(app.browser);
    await signIn(page, app.server.url, DEMO_HQ.email, DEMO_PASSWORD);
    await page.waitForURL("**/scorecard");
    await page.locator('[data-nav="policy"] a').click();
    await page.getByLabel("Threshold").fill("85");
    await page.getByRole("button", { name: "Simulate over closed periods" }).click();
    await expect
      .poll(() => page.getByTestId("simulation-totals").textContent())
      .toMatch(/^[1-9]\d* evaluations would turn to fail, 0 to pass/);
    await screenshot(page, "policy-simulation");
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
