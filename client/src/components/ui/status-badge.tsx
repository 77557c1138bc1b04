import { useTranslation } from "react-i18next";
import type { CenterStatus } from "../../../../shared/domain/center-status.ts";

const STYLES: Record<CenterStatus, string> = {
  ACTIVE: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  CORRECTIVE_ACTION: "bg-amber-50 text-amber-800 ring-amber-200",
  PENDING_REVOCATION: "bg-orange-50 text-orange-800 ring-orange-300",
  REVOKED: "bg-red-50 text-red-800 ring-red-300",
};

export function StatusBadge({ status }: { status: CenterStatus }) {
  const { t } = useTranslation();
  return <span className={`rounded-full px-2 py-0.5 text-xs ring-1 ${STYLES[status]}`}>{t(`status.${status}`)}</span>;
}
