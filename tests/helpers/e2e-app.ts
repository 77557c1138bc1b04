// Each end-to-end file runs against its own freshly seeded server and one Chromium.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./browser.ts";
import { type RunningServer, startServer } from "./running-server.ts";

export function useRunningApp(): { readonly server: RunningServer; readonly browser: Browser } {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error("The server is only available inside tests and hooks.");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("The browser is only available inside tests and hooks.");
      return browser;
    },
  };
}
