// Pick a center of the user's regions by name, code or city (the server filters by scope).
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";
import { type Control, Controller, type FieldValues, type Path } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../lib/trpc.ts";

export function CenterPicker(props: {
  id: string;
  value: number | undefined;
  onChange: (centerId: number | undefined) => void;
  invalid?: boolean;
  describedBy?: string;
  /** The drop-down's name where no visible label points at it (a filter toolbar). */
  label?: string;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [search, setSearch] = useState("");
  const deferred = useDeferredValue(search.trim());
  const centers = useQuery({
    ...trpc.centers.list.queryOptions({ search: deferred || undefined }),
    placeholderData: keepPreviousData,
  });
  const options = centers.data ?? [];
  const selected = options.find((c) => c.id === props.value);
  return (
    <div className="flex flex-col gap-2 sm:flex-row">
      <input
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        placeholder={t("centerPicker.search")}
        aria-label={t("centerPicker.search")}
        className="rounded border border-slate-300 px-3 py-2 sm:w-56"
      />
      <select
        id={props.id}
        value={props.value ?? ""}
        onChange={(event) => props.onChange(event.target.value ? Number(event.target.value) : undefined)}
        aria-invalid={props.invalid || undefined}
        aria-describedby={props.describedBy}
        aria-label={props.label}
        className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-3 py-2 aria-invalid:border-red-500"
      >
        <option value="">{t("centerPicker.choose", { count: options.length })}</option>
        {props.value !== undefined && !selected && <option value={props.value}>#{props.value}</option>}
        {options.map((center) => (
          <option key={center.id} value={center.id}>
            {center.code} · {center.name} · {center.city}
            {center.status === "REVOKED" ? ` (${t("status.REVOKED")})` : ""}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The picker as a form's "centerId" field (its errors are described by "centerId-error"). */
export function CenterField<Values extends FieldValues & { centerId: number | undefined }, Output>(props: {
  control: Control<Values, unknown, Output>;
  invalid: boolean;
}) {
  return (
    <Controller
      control={props.control}
      name={"centerId" as Path<Values>}
      render={({ field }) => (
        <CenterPicker
          id="centerId"
          value={field.value}
          onChange={field.onChange}
          invalid={props.invalid}
          describedBy="centerId-error"
        />
      )}
    />
  );
}
