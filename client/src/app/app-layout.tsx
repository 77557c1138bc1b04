import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, Navigate, Outlet, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../components/ui/language-switch.tsx";
import { ChangePasswordPage } from "../features/account/change-password-page.tsx";
import { signOut } from "../lib/auth-client.ts";
import { useTRPC } from "../lib/trpc.ts";
import { navigationFor } from "./navigation.ts";

export function AppLayout() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useQuery(trpc.session.me.queryOptions());
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  if (me.isPending)
    return (
      <p className="p-8 text-slate-500" role="status">
        {t("loading")}
      </p>
    );
  if (me.isError)
    return (
      <p className="p-8 text-red-700" role="alert">
        {t("loadFailed", { message: me.error.message })}
      </p>
    );
  if (!me.data) return <Navigate to="/sign-in" />;
  const user = me.data;
  if (user.mustChangePassword) return <ChangePasswordPage />;

  async function handleSignOut() {
    await signOut();
    queryClient.clear();
    await navigate({ to: "/sign-in" });
  }

  return (
    <div className="flex min-h-screen">
      <aside className="w-60 shrink-0 border-r border-slate-200 bg-white">
        <div className="border-b border-slate-200 px-5 py-4">
          <p className="font-semibold text-indigo-700">{t("app.title")}</p>
          <p className="text-xs text-slate-500">{t("app.subtitle")}</p>
        </div>
        <nav aria-label={t("nav.main")} className="p-3">
          <ul className="space-y-1">
            {navigationFor(user.role).map((item) => (
              <li key={item.key} data-nav={item.key}>
                <Link
                  to={item.to}
                  className="block rounded px-3 py-2 text-sm hover:bg-slate-100"
                  activeProps={{ className: "bg-indigo-50 font-medium text-indigo-700" }}
                >
                  {t(`nav.${item.key}` as "nav.centers")}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex items-center justify-end gap-4 border-b border-slate-200 bg-white px-6 py-3 text-sm">
          <LanguageSwitch />
          <span data-testid="current-user">
            {user.name} · <span data-testid="current-role">{t(`role.${user.role}`)}</span>
          </span>
          <button
            type="button"
            onClick={() => void handleSignOut()}
            className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-100"
          >
            {t("signOut")}
          </button>
        </header>
        <main className="min-w-0 flex-1 p-6">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
