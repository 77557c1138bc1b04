// The browser for the end-to-end tests, driven by playwright-core (`npx playwright install` cannot
// download here): Debian's Chromium when it is installed (CI installs it), otherwise the Chromium
// that ships inside the @sparticuz/chromium package, so `npm install && npm test` needs nothing
// from apt. The pages bring their own CJK font (Noto Sans SC), so Chinese screenshots read either way.
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const QUIET_ARGS = [
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export async function launchBrowser(): Promise<Browser> {
  if (existsSync(CHROMIUM_PATH)) {
    return chromium.launch({ executablePath: CHROMIUM_PATH, args: ["--no-sandbox", ...QUIET_ARGS] });
  }
  // Unpacked to /tmp on first use (a few seconds). Not with the package's own arguments: they are
  // for a serverless function (one process, so one page at a time) and switch web security off,
  // which would hide exactly what some journeys check.
  const { default: packaged } = await import("@sparticuz/chromium");
  return chromium.launch({
    executablePath: await packaged.executablePath(),
    args: ["--no-sandbox", "--no-zygote", "--use-gl=angle", "--use-angle=swiftshader", ...QUIET_ARGS],
    headless: true,
  });
}
