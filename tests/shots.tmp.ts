import { launchBrowser } from "./helpers/browser.ts";
const base = "http://localhost:3100";
const [email, widthArg, ...paths] = process.argv.slice(2);
const width = Number(widthArg);
const browser = await launchBrowser();
const context = await browser.newContext({
  viewport: { width, height: width < 500 ? 844 : 900 },
  locale: "zh-CN",
  deviceScaleFactor: 1,
});
const page = await context.newPage();
page.on("console", (m) => {
  if (m.type() === "error") console.log("console error:", m.text());
});
await page.goto(`${base}/sign-in`);
await page.getByLabel(/邮箱|Email/).fill(email!);
await page.getByLabel(/密码|Password/).fill("Demo-Pass-2026");
await page.getByRole("button", { name: /登录|Sign in/ }).click();
await page.waitForTimeout(1500);
for (const path of paths) {
  await page.goto(`${base}${path}`);
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1200);
  const name = `/tmp/shots/${email!.split("@")[0]}-${width}-${path.replace(/[^a-z0-9]+/gi, "_")}.png`;
  await page.screenshot({ path: name, fullPage: true });
  console.log(name, await page.evaluate(() => document.documentElement.scrollWidth));
}
await browser.close();
