// The screens a role may open, as links: drawn in the sidebar on wide screens and in the menu
// drawer on a phone.
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { Role } from "../../../shared/domain/roles.ts";
import { navigationFor } from "./navigation.ts";

export function NavigationLinks({ role, onNavigate }: { role: Role; onNavigate?: () => void }) {
  const { t } = useTranslation();
  return (
    <ul className="space-y-1">
      {navigationFor(role).map((item) => (
        <li key={item.key} data-nav={item.key}>
          <Link
            to={item.to}
            onClick={onNavigate}
            className="block rounded px-3 py-2.5 text-sm hover:bg-slate-100 md:py-2"
            activeProps={{ className: "bg-indigo-50 font-medium text-indigo-700" }}
          >
            {t(`nav.${item.key}` as "nav.centers")}
          </Link>
        </li>
      ))}
    </ul>
  );
}
