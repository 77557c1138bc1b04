// The concurrent-users measure again, with the load split over two server processes on the same
// PostgreSQL database (as behind a load balancer): each started as `npm start` starts, as the app role.
import autocannon from "autocannon";
import { startServer } from "../helpers/running-server.ts";
import { trpcQueryUrl } from "./http-client.ts";

export interface TwoServerLoad {
  p50: number[];
  p99: number[];
  requests: number;
  errors: number;
}

export async function measureTwoServerLoad(options: {
  databaseUrl: string;
  authSecret: string;
  cookies: string[];
  procedure: string;
  input: unknown;
  connections: number;
  seconds: number;
}): Promise<TwoServerLoad> {
  const servers = await Promise.all(
    [0, 1].map(() =>
      startServer({ databaseUrl: options.databaseUrl, authSecret: options.authSecret, requireClient: false }),
    ),
  );
  try {
    // Warm each process (its code, its cache) as the single in-process server was warmed by the
    // measures before it.
    for (const server of servers)
      for (let i = 0; i < 20; i++) {
        const response = await fetch(trpcQueryUrl(server.url, options.procedure, options.input), {
          headers: { cookie: options.cookies[i % options.cookies.length]! },
        });
        await response.arrayBuffer();
      }
    const runs = await Promise.all(
      servers.map((server) =>
        autocannon({
          url: trpcQueryUrl(server.url, options.procedure, options.input),
          connections: Math.ceil(options.connections / servers.length),
          duration: options.seconds,
          requests: [
            {
              setupRequest: (req: { headers?: Record<string, string> }, context: { cookie?: string }) => {
                context.cookie ??= options.cookies[Math.floor(Math.random() * options.cookies.length)];
                return { ...req, headers: { ...req.headers, cookie: context.cookie! } };
              },
            },
          ],
        } as autocannon.Options),
      ),
    );
    // Requests abandoned at the deadline may still be running: let them finish before stopping.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    return {
      p50: runs.map((r) => r.latency.p50),
      p99: runs.map((r) => r.latency.p99),
      requests: runs.reduce((sum, r) => sum + r.requests.total, 0),
      errors: runs.reduce((sum, r) => sum + r.errors + r.non2xx + r.timeouts, 0),
    };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}
