// Headquarters administers: a new auditor gets a temporary password, must choose their own at first
// sign-in, and is cut off the moment HQ deactivates them; a checklist edit writes a new version;
// a new center is refused until its fields are right; the audit log shows all of it, before and after.
import { describe, expect, it } from "vitest";
import { DEMO_HQ, DEMO_PASSWORD } from "../../prisma/seed-data/people.ts";
import { seriousAccessibilityViolations } from "../helpers/axe.ts";
import { openPage, screenshot, signIn } from "../helpers/e2e-pages.ts";
import { useRunningApp } from "../helpers/e2e-app.ts";

const app = useRunningApp();
const NEW_AUDITOR = "zhao.lei@demo.franchise-audit.cn";

describe("administration", () => {
  it("creates a user who must change the temporary password, then deactivates them at once", async () => {
    const hq = await openPage(app.browser);
    await signIn(hq.page, app.server.url, DEMO_HQ.email, DEMO_PASSWORD);
    await hq.page.waitForURL("**/scorecard");
    await hq.page.locator('[data-nav="admin"] a').click();
    await hq.page.getByTestId("users-table").waitFor();
    await hq.page.getByRole("button", { name: "New user" }).click();
    await hq.page.getByRole("button", { name: "Create user" }).click();
    await expect
      .poll(() => hq.page.locator("[data-field-error]").allTextContents())
      .toEqual([
        "Enter a valid email address, like name@example.com.",
        "Name is required.",
        "Choose at least one region for this role.",
      ]);
    await hq.page.getByLabel("Email", { exact: true }).fill(NEW_AUDITOR);
    await hq.page.getByLabel("Name", { exact: true }).fill("赵磊");
    await hq.page.getByLabel("North China").check();
    await hq.page.getByRole("button", { name: "Create user" }).click();
    const temporaryPassword = (await hq.page.getByTestId("temporary-password").textContent())!;
    expect(temporaryPassword).toMatch(/^[A-Za-z2-9]{16}$/);
    await screenshot(hq.page, "admin-user-created");
    expect(await seriousAccessibilityViolations(hq.page)).toEqual([]);

    // The new auditor signs in with it and must choose a password first.
    const auditor = await openPage(app.browser);
    await signIn(auditor.page, app.server.url, NEW_AUDITOR, temporaryPassword);
    await auditor.page.getByRole("heading", { name: "Choose your own password" }).waitFor();
    await auditor.page.getByLabel("Current (temporary) password").fill(temporaryPassword);
    // Their own name and a run of digits: refused, with how to choose a better one.
    await auditor.page.getByLabel("New password", { exact: true }).fill("zhaolei123456");
    await auditor.page.getByLabel("New password again").fill("zhaolei123456");
    await auditor.page.getByRole("button", { name: "Change password" }).click();
    await expect
      .poll(() => auditor.page.locator("main, body").first().textContent())
      .toMatch(/too easy to guess.*four or more unrelated words/);
    await auditor.page.getByLabel("New password", { exact: true }).fill("lantern orchard copper tide");
    await auditor.page.getByLabel("New password again").fill("lantern orchard copper tide");
    await auditor.page.getByRole("button", { name: "Change password" }).click();
    await auditor.page.getByRole("heading", { name: "Service centers" }).waitFor();

    // Headquarters deactivates them: their open page loses its session at the next request.
    await hq.page.reload();
    const row = hq.page.locator(`tr[data-user-email="${NEW_AUDITOR}"]`);
    await expect.poll(() => row.textContent()).toMatch(/Active1 session/);
    await row.getByRole("button", { name: "Deactivate…" }).click();
    await hq.page.getByLabel("Reason").fill("Contract ended");
    await hq.page.getByRole("button", { name: "Confirm" }).click();
    await expect.poll(() => hq.page.getByRole("status").textContent()).toMatch(/deactivated; 1 session ended/);
    await auditor.page.reload();
    await auditor.page.waitForURL("**/sign-in");
    await auditor.page.context().close();

    // The audit log shows the deactivation with its before and after.
    await hq.page.locator('[data-nav="auditLog"] a').click();
    await hq.page.getByLabel("Action").selectOption("USER_DEACTIVATED");
    await hq.page.getByRole("button", { name: "Apply filters" }).click();
    const entry = hq.page.locator('tr[data-audit-action="USER_DEACTIVATED"]').first();
    await expect.poll(() => entry.textContent()).toMatch(/hq@demo\.franchise-audit\.cn/);
    await entry.getByRole("button", { name: "Show" }).click();
    const details = hq.page.getByTestId("audit-details");
    await expect.poll(() => details.locator("tr", { hasText: "reason" }).textContent()).toBe("reason—Contract ended");
    const download = hq.page.waitForEvent("download");
    await hq.page.getByRole("button", { name: "Export CSV" }).click();
    expect((await download).suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    await screenshot(hq.page, "audit-log");
    expect(await seriousAccessibilityViolations(hq.page)).toEqual([]);
    expect(hq.consoleErrors).toEqual([]);
    await hq.page.context().close();
  });

  it("edits the visit checklist into a new version, and creates a center once its fields are right", async () => {
    const { page, consoleErrors } = await openPage(app.browser);
    await signIn(page, app.server.url, DEMO_HQ.email, DEMO_PASSWORD);
    await page.waitForURL("**/scorecard");
    await page.goto(`${app.server.url}/admin/checklists`);
    const visit = page.locator('[data-checklist="VISIT"]');
    const saveButton = visit.getByRole("button", { name: /^Save as version \d+$/ });
    const nextVersion = (await saveButton.textContent())!.match(/\d+/)![0];
    const items = await visit.locator("tbody tr").count();
    await visit.getByRole("button", { name: "Add item" }).click();
    await saveButton.click();
    await expect
      .poll(() => visit.locator("td p").allTextContents())
      .toContain("Code must be 2–48 capitals, digits or underscores, e.g. PRICE_LIST.");
    const n = items + 1;
    await visit.getByLabel(`Code ${n}`, { exact: true }).fill("RECEIPT_ISSUED");
    await visit.getByLabel(`Chinese label ${n}`).fill("开具正规发票");
    await visit.getByLabel(`English label ${n}`).fill("Official receipt issued");
    await visit.getByLabel(`Weight ${n}`).fill("3");
    await saveButton.click();
    await visit.getByRole("button", { name: "Confirm" }).click();
    await expect
      .poll(() => page.locator('article:has([data-checklist="VISIT"])').getByRole("status").textContent())
      .toBe(`Version ${nextVersion} saved.`);
    await screenshot(page, "admin-checklists");

    await page.locator('[data-nav="centers"] a').click();
    await page.getByRole("button", { name: "New center" }).click();
    const form = page.getByRole("form", { name: "New center" });
    await form.getByLabel("Code", { exact: true }).fill("BJ-9001");
    await form.getByRole("button", { name: "Save" }).click();
    await expect
      .poll(() => form.locator("[data-field-error]").allTextContents())
      .toEqual([
        "Name is required.",
        "An authorized center needs its authorization number.",
        "An authorized center needs its partner.",
        "Choose a region.",
        "Province is required.",
        "City is required.",
        "City tier must be a whole number from 1 to 5.",
        "Address is required.",
      ]);
    await form.getByLabel("Name", { exact: true }).fill("北京望京授权服务中心");
    await form.getByLabel("Authorization number").fill("AUTH-BJ-9001");
    await form.getByLabel("Partner company").fill("北京望京通讯有限公司");
    await form.getByLabel("Region").selectOption({ label: "North China" });
    await form.getByLabel("Province").fill("北京");
    await form.getByLabel("City", { exact: true }).fill("北京");
    await form.getByLabel("City tier (1–5)").fill("1");
    await form.getByLabel("Address").fill("朝阳区望京街 9 号");
    await form.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toBe("Center BJ-9001 created.");
    await page.getByRole("searchbox").fill("BJ-9001");
    await expect
      .poll(() => page.locator('tr[data-center-code="BJ-9001"]').textContent())
      .toMatch(/北京望京授权服务中心/);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
