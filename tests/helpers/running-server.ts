// Starts the product exactly as `npm start` does (minus the build, which the test run does first)
// on a fresh embedded database and a free port, and stops it afterwards.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

export interface RunningServer {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

export interface ServerOptions {
  /** Another database than a fresh embedded one: several servers may share it. */
  databaseUrl?: string;
  authSecret?: string;
  /** The end-to-end tests need the built client; an API-only server does not. */
  requireClient?: boolean;
}

export async function startServer({
  databaseUrl,
  authSecret = "e2e-secret-long-enough-for-better-auth-0123",
  requireClient = true,
}: ServerOptions = {}): Promise<RunningServer> {
  if (requireClient && !existsSync(join(root, "dist/client/index.html"))) {
    throw new Error("dist/client is missing: run `npm run build` before the end-to-end tests (npm test does).");
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "franchise-audit-e2e-"));
  let output = "";
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl ?? join(dataDir, "pglite"),
      AUTH_SECRET: authSecret,
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://localhost:${port}`;
  await waitFor(
    async () => (await fetch(`${url}/healthz`).catch(() => null))?.ok === true,
    180_000,
    () => output,
  );
  return {
    url,
    output: () => output,
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, log: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not become healthy in ${timeoutMs / 1000} s. Its output:\n${log()}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}
