// The tRPC client. Only the router's *type* comes from the server; no server code reaches the bundle.
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import type { AppRouter } from "../../../server/routers/_app.ts";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/** Must match CSRF_HEADER on the server: cross-site forms cannot set it. */
const CSRF_HEADER = { "x-franchise-audit": "1" };

export function createApiClient() {
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: "/api/trpc", headers: () => CSRF_HEADER })],
  });
}
