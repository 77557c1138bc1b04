import { useQuery } from "@tanstack/react-query";
import { Navigate } from "@tanstack/react-router";
import { can } from "../../../shared/domain/roles.ts";
import { useTRPC } from "../lib/trpc.ts";

/**
 * The first screen after sign-in: the scorecard for those who may read it, the desk for the
 * complaints desk, the centers otherwise.
 */
export function HomeRedirect() {
  const trpc = useTRPC();
  const me = useQuery(trpc.session.me.queryOptions());
  if (!me.data) return null;
  const role = me.data.role;
  const home = can(role, "scorecards.read")
    ? "/scorecard"
    : can(role, "complaints.handle")
      ? "/complaints"
      : "/centers";
  return <Navigate to={home} replace />;
}
