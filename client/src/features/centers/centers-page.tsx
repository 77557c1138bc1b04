import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";
import { useTranslation } from "react-i18next";
import { can } from "../../../../shared/domain/roles.ts";
import { CENTER_KINDS, type CenterKind } from "../../../../shared/schemas/centers.ts";
import type { CenterSummary } from "./center-summary.ts";
import { OptionSelect, regionOptions } from "../../components/ui/option-select.tsx";
import { useTRPC } from "../../lib/trpc.ts";
import { CenterEditor } from "./center-editor.tsx";
import { CentersTable } from "./centers-table.tsx";
import { Notice } from "../../components/ui/notice.tsx";
import { QueryState } from "../../components/ui/query-state.tsx";
import { useLocalizedName } from "../../lib/localized-name.ts";

export function CentersPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [search, setSearch] = useState("");
  const [regionId, setRegionId] = useState<number | undefined>();
  const [kind, setKind] = useState<CenterKind | undefined>();
  const deferredSearch = useDeferredValue(search.trim());

  const me = useQuery(trpc.session.me.queryOptions());
  const administers = me.data ? can(me.data.role, "admin.manage") : false;
  /** The center being edited; "new" for the form of a new one. */
  const [editing, setEditing] = useState<CenterSummary | "new" | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const regions = useQuery(trpc.session.regions.queryOptions());
  const centers = useQuery({
    ...trpc.centers.list.queryOptions({ search: deferredSearch || undefined, regionId, kind }),
    placeholderData: keepPreviousData,
  });
  const localized = useLocalizedName();

  return (
    <section aria-labelledby="centers-title" className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 id="centers-title" className="text-2xl font-semibold">
            {t("centers.title")}
          </h1>
          {centers.data && (
            <p className="text-sm text-slate-500" data-testid="centers-count">
              {t("centers.count", { count: centers.data.length })}
            </p>
          )}
        </div>
        <div className="flex flex-wrap gap-2 text-sm">
          <input
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            placeholder={t("centers.search")}
            aria-label={t("centers.search")}
            maxLength={100}
            className="w-64 rounded border border-slate-300 px-3 py-1.5"
          />
          <OptionSelect
            label={t("centers.col.region")}
            value={regionId === undefined ? "" : String(regionId)}
            onChange={(value) => setRegionId(value ? Number(value) : undefined)}
            allLabel={t("centers.allRegions")}
            options={regionOptions(regions.data, localized)}
          />
          <OptionSelect
            label={t("centers.col.kind")}
            value={kind ?? ""}
            onChange={(value) => setKind(value ? (value as CenterKind) : undefined)}
            allLabel={t("centers.allKinds")}
            options={CENTER_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          />
          {administers && (
            <button
              type="button"
              onClick={() => {
                setNotice(null);
                setEditing("new");
              }}
              className="rounded bg-indigo-600 px-3 py-1.5 font-medium text-white"
            >
              {t("admin.center.new")}
            </button>
          )}
        </div>
      </div>
      {notice && <Notice tone="success">{notice}</Notice>}
      {editing && (
        <CenterEditor
          key={editing === "new" ? "new" : editing.id}
          center={editing === "new" ? null : editing}
          onCancel={() => setEditing(null)}
          onDone={(message) => {
            setEditing(null);
            setNotice(message);
          }}
        />
      )}
      <QueryState query={centers} />
      {centers.data &&
        (centers.data.length === 0 ? (
          <p className="rounded border border-dashed border-slate-300 p-6 text-slate-600">{t("centers.empty")}</p>
        ) : (
          <CentersTable
            centers={centers.data}
            onEdit={
              administers
                ? (center) => {
                    setNotice(null);
                    setEditing(center);
                  }
                : undefined
            }
          />
        ))}
    </section>
  );
}
