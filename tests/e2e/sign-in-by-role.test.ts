// Journey: each demo role signs in and sees its own navigation and only its regions' centers.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { navigationFor } from "../../client/src/app/navigation.ts";
import { DEMO_PASSWORD, demoAuditorEmail, demoManagerEmail, DEMO_HQ } from "../../prisma/seed-data/people.ts";
import type { Role } from "../../shared/domain/roles.ts";
import { openPage as openEnglishPage, signIn as signInAs } from "../helpers/e2e-pages.ts";
import { useRunningApp } from "../helpers/e2e-app.ts";

const app = useRunningApp();

const openPage = () => openEnglishPage(app.browser);
const signIn = (page: Page, email: string, password: string) => signInAs(page, app.server.url, email, password);

const ROLE_NAMES: Record<Role, string> = {
  HQ_ADMIN: "Headquarters",
  REGIONAL_MANAGER: "Regional manager",
  AUDITOR: "Auditor",
  COMPLAINT_HANDLER: "Complaints desk",
};

const journeys: { role: Role; email: string; regions: string[] }[] = [
  {
    role: "HQ_ADMIN",
    email: DEMO_HQ.email,
    regions: ["EAST", "NORTH", "SOUTH", "CENTRAL", "SOUTHWEST", "NORTHWEST", "NORTHEAST", "COASTAL"],
  },
  { role: "REGIONAL_MANAGER", email: demoManagerEmail("EAST"), regions: ["EAST"] },
  { role: "AUDITOR", email: demoAuditorEmail("SOUTH", 1), regions: ["SOUTH"] },
];

describe("signing in as each demo role", () => {
  for (const journey of journeys) {
    it(`${journey.role} sees its navigation and only its regions' centers`, async () => {
      const { page, consoleErrors } = await openPage();
      await signIn(page, journey.email, DEMO_PASSWORD);
      // Managers and headquarters land on the scorecard, auditors on their centers.
      await page.waitForURL(journey.role === "AUDITOR" ? "**/centers" : "**/scorecard");
      await page.locator('[data-nav="centers"] a').click();
      await page.getByTestId("centers-table").waitFor();

      await expect.poll(() => page.getByTestId("current-role").textContent()).toBe(ROLE_NAMES[journey.role]);
      const navKeys = await page
        .locator("[data-nav]")
        .evaluateAll((items) => items.map((i) => i.getAttribute("data-nav")));
      expect(navKeys).toEqual(navigationFor(journey.role).map((item) => item.key));

      const codes = await page
        .locator("[data-center-code]")
        .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-center-code")!));
      expect(codes.length).toBe(25 * journey.regions.length);
      // Center codes start with the first two letters of their region's code.
      expect(new Set(codes.map((code) => code.slice(0, 2)))).toEqual(
        new Set(journey.regions.map((r) => r.slice(0, 2))),
      );

      await page.getByRole("button", { name: "Sign out" }).click();
      await page.waitForURL("**/sign-in");
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    });
  }

  it("tells a person whose password is wrong what went wrong, in place", async () => {
    const { page } = await openPage();
    await signIn(page, DEMO_HQ.email, "not-the-password");
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toBe("That email and password do not match an active account.");
    await signIn(page, "not-an-email", "x");
    await expect
      .poll(() => page.locator("#email-error").textContent())
      .toBe("Enter a valid email address, like name@example.com.");
    await page.context().close();
  });

  it("switches the interface between Chinese and English", async () => {
    const { page } = await openPage();
    await signIn(page, demoManagerEmail("EAST"), DEMO_PASSWORD);
    await page.waitForURL("**/scorecard");
    await page.locator('[data-nav="centers"] a').click();
    await page.getByTestId("centers-table").waitFor();
    await page.getByTestId("language-switch").selectOption("zh-CN");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("服务中心");
    await page.getByTestId("language-switch").selectOption("en");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Service centers");
    await page.context().close();
  });
});
