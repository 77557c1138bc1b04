// Headquarters' users: who can sign in, with which role and regions; create (temporary password
// shown once), edit, deactivate (sessions end at once), reactivate, reset a password.
import { useQuery } from "@tanstack/react-query";
import { createColumnHelper, useTable } from "@tanstack/react-table";
import { useDeferredValue, useState } from "react";
import { useTranslation } from "react-i18next";
import { type SortableFeatures, SortableTable, sortableFeatures } from "../../components/ui/sortable-table.tsx";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { AdminTabs } from "./admin-tabs.tsx";
import { type AccessChange, UserAccessDialog } from "./user-access-dialog.tsx";
import { UserEditor } from "./user-editor.tsx";
import { Notice } from "../../components/ui/notice.tsx";
import { QueryState } from "../../components/ui/query-state.tsx";
import { useLocalizedName } from "../../lib/localized-name.ts";

type UserRow = RouterOutputs["users"]["list"][number];
const column = createColumnHelper<SortableFeatures, UserRow>();

/** Regions and status notes take a second line rather than pushing the table past a laptop's width. */
const BREAKABLE = new Set(["name", "role", "regions", "active", "activeSessions", "actions"]);

export function UsersPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const users = useQuery(trpc.users.list.queryOptions());
  const regions = useQuery(trpc.session.regions.queryOptions());
  const [editing, setEditing] = useState<UserRow | "new" | null>(null);
  const [access, setAccess] = useState<{ user: UserRow; change: AccessChange } | null>(null);
  const [notice, setNotice] = useState<{ message: string; password?: string } | null>(null);
  const [filter, setFilter] = useState("");
  const deferredFilter = useDeferredValue(filter.trim().toLowerCase());
  const localized = useLocalizedName();
  const regionName = (id: number) => {
    const region = regions.data?.find((r) => r.id === id);
    return region ? localized(region) : String(id);
  };

  const columns = column.columns([
    column.accessor("email", { header: t("admin.users.email"), sortFn: "text" }),
    column.accessor("name", { header: t("admin.users.name"), sortFn: "text" }),
    column.accessor("role", { header: t("admin.users.role"), cell: (info) => t(`role.${info.getValue()}`) }),
    column.accessor(
      (u) => (u.role === "HQ_ADMIN" ? t("admin.users.allRegions") : u.regionIds.map(regionName).join(", ")),
      {
        id: "regions",
        header: t("admin.users.regions"),
        sortFn: "text",
      },
    ),
    column.accessor("active", {
      header: t("admin.users.status"),
      cell: (info) => (
        <span className={info.getValue() ? "text-emerald-700" : "text-slate-500"}>
          {info.getValue() ? t("admin.users.active") : t("admin.users.inactive")}
          {info.row.original.mustChangePassword && (
            <span className="ml-1 text-xs text-amber-700">({t("admin.users.mustChange")})</span>
          )}
        </span>
      ),
    }),
    column.accessor("activeSessions", {
      header: t("admin.users.sessions"),
      cell: (info) => t("admin.users.sessionsCount", { count: info.getValue() }),
    }),
    column.display({
      id: "actions",
      header: "",
      cell: (info) => {
        const user = info.row.original;
        const open = (change: AccessChange) => () => {
          setNotice(null);
          setAccess({ user, change });
        };
        return (
          <span className="flex flex-wrap gap-1 text-xs">
            <button
              type="button"
              className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100"
              onClick={() => {
                setNotice(null);
                setEditing(user);
              }}
            >
              {t("admin.edit")}
            </button>
            <button
              type="button"
              className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100"
              onClick={open(user.active ? "deactivate" : "reactivate")}
            >
              {user.active ? t("admin.users.deactivate") : t("admin.users.reactivate")}
            </button>
            {user.active && (
              <button
                type="button"
                className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100"
                onClick={open("resetPassword")}
              >
                {t("admin.users.resetPassword")}
              </button>
            )}
          </span>
        );
      },
    }),
  ]);
  const rows = (users.data ?? []).filter(
    (u) => !deferredFilter || u.email.includes(deferredFilter) || u.name.toLowerCase().includes(deferredFilter),
  );
  const table = useTable({ features: sortableFeatures, columns, data: rows });

  return (
    <section className="space-y-4">
      <AdminTabs />
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <input
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          placeholder={t("admin.users.filter")}
          aria-label={t("admin.users.filter")}
          className="w-64 rounded border border-slate-300 px-3 py-1.5"
        />
        <button
          type="button"
          onClick={() => {
            setNotice(null);
            setEditing("new");
          }}
          className="rounded bg-indigo-600 px-3 py-1.5 font-medium text-white"
        >
          {t("admin.users.new")}
        </button>
      </div>
      {notice && (
        <Notice tone="success">
          <p>{notice.message}</p>
          {notice.password && (
            <p className="mt-1">
              {t("admin.users.temporaryPassword")}:{" "}
              <code data-testid="temporary-password" className="rounded bg-white px-2 py-0.5 font-mono text-base">
                {notice.password}
              </code>
            </p>
          )}
        </Notice>
      )}
      {editing && (
        <UserEditor
          key={editing === "new" ? "new" : editing.id}
          user={editing === "new" ? null : editing}
          onCancel={() => setEditing(null)}
          onCreated={(email, password) => {
            setEditing(null);
            setNotice({ message: t("admin.users.created", { email }), password });
          }}
          onSaved={() => {
            setEditing(null);
            setNotice({ message: t("admin.saved") });
          }}
        />
      )}
      {access && (
        <UserAccessDialog
          user={access.user}
          change={access.change}
          onClose={() => setAccess(null)}
          onDone={(message, password) => {
            setAccess(null);
            setNotice({ message, password });
          }}
        />
      )}
      {!users.data ? (
        <QueryState query={users} />
      ) : (
        <SortableTable
          table={table}
          testId="users-table"
          breakableColumns={BREAKABLE}
          rowAttributes={(u) => ({ "data-user-email": u.email })}
        />
      )}
    </section>
  );
}
