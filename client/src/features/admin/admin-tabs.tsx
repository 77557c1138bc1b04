// The administration screens share one heading and a row of tabs (centers live on the centers screen,
// where headquarters gets the create and edit buttons).
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";

const TABS = [
  { key: "users", to: "/admin/users" },
  { key: "checklists", to: "/admin/checklists" },
  { key: "centers", to: "/centers" },
] as const;

export function AdminTabs() {
  const { t } = useTranslation();
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-semibold">{t("admin.title")}</h1>
      <nav aria-label={t("admin.title")} className="flex gap-1 border-b border-slate-200 text-sm">
        {TABS.map((tab) => (
          <Link
            key={tab.key}
            to={tab.to}
            className="-mb-px border-b-2 border-transparent px-3 py-2 hover:text-indigo-700"
            activeProps={{ className: "border-indigo-600 font-medium text-indigo-700" }}
          >
            {t(`admin.tabs.${tab.key}`)}
          </Link>
        ))}
      </nav>
    </div>
  );
}
