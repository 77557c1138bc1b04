// The tRPC client. Only the router's *type* comes from the server; no server code reaches the bundle.
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import type { AppRouter } from "../../../server/routers/_app.ts";
import { APPLICATION_HEADER } from "../../../shared/schemas/http.ts";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/** The server refuses mutations without it: cross-site forms cannot set it. */
const CSRF_HEADER = { [APPLICATION_HEADER]: "1" };

export function createApiClient() {
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: "/api/trpc", headers: () => CSRF_HEADER })],
  });
}
