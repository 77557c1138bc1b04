import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Navigate, Outlet, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../components/ui/language-switch.tsx";
import { ChangePasswordPage } from "../features/account/change-password-page.tsx";
import { signOut } from "../lib/auth-client.ts";
import { useTRPC } from "../lib/trpc.ts";
import { NavigationLinks } from "./navigation-links.tsx";
import { InboxLink } from "./inbox-link.tsx";
import { PhoneMenu } from "./phone-menu.tsx";
import { QueryState } from "../components/ui/query-state.tsx";

export function AppLayout() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useQuery(trpc.session.me.queryOptions());
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [menuOpen, setMenuOpen] = useState(false);

  if (me.isPending || me.isError)
    return (
      <div className="p-8">
        <QueryState query={me} />
      </div>
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
      {/* Wide screens: the sidebar. A phone gets the same links from the header's menu button. */}
      <aside className="hidden w-60 shrink-0 border-r border-slate-200 bg-white md:block">
        <div className="border-b border-slate-200 px-5 py-4">
          <p className="font-semibold text-indigo-700">{t("app.title")}</p>
          <p className="text-xs text-slate-500">{t("app.subtitle")}</p>
        </div>
        <nav aria-label={t("nav.main")} className="p-3">
          <NavigationLinks role={user.role} />
        </nav>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex items-center gap-3 border-b border-slate-200 bg-white px-3 py-2 text-sm md:justify-end md:gap-4 md:px-6 md:py-3">
          <button
            type="button"
            onClick={() => setMenuOpen(true)}
            aria-expanded={menuOpen}
            aria-controls="phone-menu"
            className="min-h-11 rounded border border-slate-300 px-3 whitespace-nowrap md:hidden"
          >
            ☰ {t("nav.openMenu")}
          </button>
          <p className="min-w-0 flex-1 truncate font-semibold text-indigo-700 md:hidden">{t("app.title")}</p>
          <InboxLink />
          <LanguageSwitch />
          <span data-testid="current-user" className="hidden whitespace-nowrap md:inline">
            {user.name} · <span data-testid="current-role">{t(`role.${user.role}`)}</span>
          </span>
          <button
            type="button"
            onClick={() => void handleSignOut()}
            className="min-h-11 rounded border border-slate-300 px-3 whitespace-nowrap hover:bg-slate-100 md:min-h-0 md:py-1"
          >
            {t("signOut")}
          </button>
        </header>
        {menuOpen && (
          <PhoneMenu
            id="phone-menu"
            onClose={() => setMenuOpen(false)}
            title={`${user.name} · ${t(`role.${user.role}`)}`}
          >
            <NavigationLinks role={user.role} onNavigate={() => setMenuOpen(false)} />
          </PhoneMenu>
        )}
        <main className="min-w-0 flex-1 p-3 md:p-6">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
