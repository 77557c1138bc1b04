// `npm run bench:browser`: the headquarters scorecard of 5,000 centers in Chromium. Generates the
// network into a fresh embedded database, closes two months, serves the built client, and reports
// the time to the first rows (median of 3) and whether the list scrolls to its last row.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { periodKeyOf } from "../../shared/domain/periods.ts";
import { createDatabase } from "../../server/db/create-database.ts";
import { migrateDatabase } from "../../server/db/migrate.ts";
import { closePeriod } from "../../server/services/periods/close-period.ts";
import { launchBrowser } from "../helpers/browser.ts";
import { BENCH_PASSWORD, generateNetwork } from "./generate-network.ts";

const CENTERS = 5000;
const dir = join(mkdtempSync(join(tmpdir(), "franchise-scorecard-")), "pglite");
const handle = await createDatabase(dir);
await migrateDatabase(handle.db);
const scale = {
  centers: CENTERS,
  months: 2,
  callbacksPerCenterMonth: 25,
  visitsPerCenterMonth: 1,
  spotChecksPerCenterMonth: 1,
};
const { months, hq } = await generateNetwork(handle.db, scale, periodKeyOf(new Date()));
for (const month of months) await closePeriod(handle.db, hq, { periodKey: month });
await handle.close();

const port = 3900 + Math.floor(Math.random() * 90);
const base = `http://localhost:${port}`;
const server = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
  env: {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    DATABASE_URL: dir,
    AUTH_SECRET: "bench-secret-long-enough-for-better-auth-0123",
    LOG_LEVEL: "warn",
  },
  stdio: "ignore",
});
try {
  for (let i = 0; i < 240; i++) {
    const ok = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const browser = await launchBrowser();
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  await page.goto(`${base}/sign-in`);
  await page.locator("#email").fill(hq.email);
  await page.locator("#password").fill(BENCH_PASSWORD);
  await page.locator("button[type=submit]").click();
  await page.waitForURL("**/scorecard");
  const firstRows: number[] = [];
  for (let run = 0; run < 3; run++) {
    await page.goto(`${base}/centers`);
    await page.waitForLoadState("networkidle");
    const start = performance.now();
    await page.goto(`${base}/scorecard`);
    await page.locator("[data-testid=scorecard-table] tbody tr[data-center-code]").first().waitFor();
    firstRows.push(performance.now() - start);
  }
  firstRows.sort((a, b) => a - b);
  const scroll = page.getByTestId("scorecard-scroll");
  for (let step = 1; step <= 20; step++) {
    await scroll.evaluate((element, fraction) => element.scrollTo({ top: element.scrollHeight * fraction }), step / 20);
    await page.waitForTimeout(16);
  }
  const lastIndex = await page.locator("tbody tr[data-center-code]").last().getAttribute("aria-rowindex");
  const inDom = await page.locator("tbody tr[data-center-code]").count();
  console.log(
    `${CENTERS} centers: first rows after ${Math.round(firstRows[1]!)} ms (median of 3); scrolled to row ${Number(lastIndex) - 1} with ${inDom} rows in the DOM`,
  );
  await browser.close();
} finally {
  server.kill("SIGTERM");
}
