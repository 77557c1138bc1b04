// From a submitted report that failed a critical item, the way to propose a penalty on it (for those
// who may: the desk, a regional manager, headquarters).
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { can } from "../../../../shared/domain/roles.ts";
import { useTRPC } from "../../lib/trpc.ts";

export function ProposePenaltyLink({ centerId, reportId }: { centerId: number; reportId: number }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useQuery(trpc.session.me.queryOptions());
  if (!me.data || !can(me.data.role, "penalties.propose")) return null;
  return (
    <Link to="/penalties/propose" search={{ centerId, reportId }} className="text-sm text-red-700 underline">
      {t("penalties.proposeLink")}
    </Link>
  );
}
