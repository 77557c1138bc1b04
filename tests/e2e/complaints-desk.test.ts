// The complaints desk's journey (DOMAIN-2.md, Complaints and Penalties): a handler takes a complaint
// at risk, forwards it to the center, resolves it as upheld and proposes a fine; another person,
// headquarters, confirms it; the center's page then shows the fine.
import { describe, expect, it } from "vitest";
import { DEMO_HANDLER, DEMO_HQ, DEMO_PASSWORD } from "../../prisma/seed-data/people.ts";
import { seriousAccessibilityViolations } from "../helpers/axe.ts";
import { openPage, screenshot, signIn } from "../helpers/e2e-pages.ts";
import { useRunningApp } from "../helpers/e2e-app.ts";

const app = useRunningApp();

describe("the complaints desk", () => {
  it("works an at-risk complaint to an upheld finding and a fine that headquarters confirms", async () => {
    const { page, consoleErrors } = await openPage(app.browser);
    await signIn(page, app.server.url, DEMO_HANDLER.email, DEMO_PASSWORD);
    await page.waitForURL("**/complaints");
    await page.getByTestId("complaints-table").waitFor();
    await screenshot(page, "desk-queue");
    // The at-risk count filters the queue to those complaints.
    await page
      .getByTestId("desk-counts")
      .getByRole("button", { name: /At risk/ })
      .click();
    const atRisk = page.locator('tr[data-clock="AT_RISK"]').first();
    await atRisk.waitFor();
    await expect
      .poll(() =>
        page.locator("tr[data-complaint-id]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-clock"))),
      )
      .not.toContain("RUNNING");
    const complaintId = (await atRisk.getAttribute("data-complaint-id"))!;
    await atRisk.getByRole("link", { name: `#${complaintId}` }).click();
    await page.waitForURL(`**/complaints/${complaintId}`);
    await expect.poll(() => page.getByTestId("intervention-clock").getAttribute("data-clock")).toBe("AT_RISK");
    // The phone is masked until revealed.
    await expect.poll(() => page.getByTestId("customer-phone").textContent()).toMatch(/^\d{3,4}\*{4}\d{4}$/);

    await page.getByRole("button", { name: "Take it" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toMatch(/You are handling this complaint/);
    await page.getByRole("button", { name: "Forward to the center" }).click();
    await page.getByLabel("What the center must answer").fill("请门店 48 小时内说明收费依据并提供工单。");
    await page
      .getByRole("form", { name: "Forward to the center" })
      .getByRole("button", { name: "Forward to the center" })
      .click();
    await expect.poll(() => page.getByTestId("intervention-clock").getAttribute("data-clock")).toBe("MET");
    await page.getByTestId("center-clock").waitFor();

    await page.getByRole("button", { name: "Resolve" }).click();
    await page.getByLabel("Finding").selectOption("UPHELD");
    await page.getByLabel("How it was resolved").fill("核实多收检测费，已退还客户并督促门店整改。");
    await page.getByRole("form", { name: "Resolve" }).getByRole("button", { name: "Resolve" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toMatch(/The complaint is resolved/);
    await expect
      .poll(() =>
        page
          .getByTestId("complaint-timeline")
          .locator("[data-event]")
          .evaluateAll((items) => items.map((i) => i.getAttribute("data-event"))),
      )
      .toEqual(expect.arrayContaining(["TAKEN", "FORWARDED_TO_CENTER", "RESOLVED"]));
    await screenshot(page, "complaint-resolved");

    await page.getByRole("link", { name: "Propose a penalty…" }).click();
    await page.waitForURL("**/penalties/propose**");
    await page.getByLabel("Fine (yuan)").fill("3000");
    await page.getByLabel("Reason").fill("投诉核实成立：未事先告知检测费。");
    await page.getByRole("button", { name: "Propose" }).click();
    const outcome = page.getByTestId("propose-outcome");
    await expect.poll(() => outcome.textContent()).toMatch(/Penalty #\d+ is proposed/);
    const penaltyId = (await outcome.textContent())!.match(/#(\d+)/)![1]!;
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Sign out" }).click();
    expect(consoleErrors).toEqual([]);
    await page.context().close();

    const hq = await openPage(app.browser);
    await signIn(hq.page, app.server.url, DEMO_HQ.email, DEMO_PASSWORD);
    await hq.page.waitForURL("**/scorecard");
    await expect.poll(() => hq.page.getByTestId("inbox-unread").textContent()).toMatch(/^\d+$/);
    await hq.page.locator('[data-nav="penalties"] a').click();
    const row = hq.page.locator(`tr[data-penalty-id="${penaltyId}"]`);
    await row.getByRole("button", { name: "Decide…" }).click();
    await hq.page.getByRole("dialog").getByRole("button", { name: "Confirm" }).click();
    await expect
      .poll(() => hq.page.getByTestId("penalty-outcome").textContent())
      .toMatch(new RegExp(`Penalty #${penaltyId} .* is confirmed`));
    await expect.poll(() => row.locator("[data-penalty-status]").getAttribute("data-penalty-status")).toBe("CONFIRMED");
    await screenshot(hq.page, "penalty-ledger");
    await row.getByRole("link").first().click();
    const fine = hq.page.locator(`[data-testid="center-penalties"] [data-penalty-id="${penaltyId}"]`);
    await expect.poll(() => fine.getAttribute("data-penalty-status")).toBe("CONFIRMED");
    await expect.poll(() => fine.textContent()).toMatch(/Fine ¥3,000/);
    expect(hq.consoleErrors).toEqual([]);
    await hq.page.context().close();
  });

  it("imports the hotline's export: a bad row is named, the fixed file is stored once, its ticket in the queue", async () => {
    const { page, consoleErrors } = await openPage(app.browser);
    await signIn(page, app.server.url, DEMO_HANDLER.email, DEMO_PASSWORD);
    await page.waitForURL("**/complaints");
    await page.locator('[data-nav="centers"] a').click();
    await page.getByTestId("centers-table").waitFor();
    const code = (await page.locator("[data-center-code]").first().getAttribute("data-center-code"))!;
    // An hour ago, in the network's zone (Asia/Shanghai, UTC+8), as the hotline writes it.
    const receivedAt = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
    const ticket = `HL-E2E-${Date.now()}`;
    const file = (phone: string) =>
      [
        "投诉单号,来电时间,服务中心编码,维修工单号,投诉类别,客户姓名,联系电话,投诉内容",
        `${ticket},${receivedAt},${code},,乱收费,赵女士,${phone},更换电池多收费一百元`,
      ].join("\n");

    await page.locator('[data-nav="complaintImport"] a').click();
    await page.waitForURL("**/complaints/import");
    await page
      .locator("#import-file")
      .setInputFiles({ name: "热线.csv", mimeType: "text/csv", buffer: Buffer.from(file("12345")) });
    await page.getByRole("button", { name: "Check the file" }).click();
    const errorRow = page.locator('[data-testid="import-errors"] tr[data-row="2"]');
    await expect.poll(() => errorRow.textContent()).toMatch(/联系电话Enter a Chinese mobile number/);
    await screenshot(page, "hotline-import-rejected");

    await page
      .locator("#import-file")
      .setInputFiles({ name: "热线-fixed.csv", mimeType: "text/csv", buffer: Buffer.from(file("139 1234 5678")) });
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect.poll(() => page.getByTestId("import-validated").textContent()).toMatch(/1 row\(s\) are valid/);
    await page.getByRole("button", { name: "Import 1 new complaints" }).click();
    await expect.poll(() => page.getByTestId("import-committed").textContent()).toBe("1 complaint(s) stored.");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.locator('[data-nav="complaints"] a').click();
    await page.waitForURL("**/complaints");
    // A ticket is found by its reference, whatever its state.
    await page.getByRole("searchbox", { name: "Ticket or reference" }).fill(ticket);
    await expect.poll(() => page.locator("[data-channel-ref]").allTextContents()).toEqual([ticket]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
