// The audit log's filters. Times are typed in the policy's zone and sent as instants.
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type TAuditLogFilterInput, ZAuditLogFilter } from "../../../../shared/schemas/audit-log.ts";
import { controlProps, FormField } from "../../components/ui/form-field.tsx";
import { fieldErrorsOfSchema } from "../../lib/server-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { wallTimeToIso } from "../../lib/zoned-time.ts";
import { auditActionName, auditEntityTypeName } from "./audit-words.ts";

const EMPTY = { actor: "", action: "", entityType: "", entityId: "", from: "", to: "" };

export function AuditLogFilters(props: { timeZone: string; onApply: (filter: TAuditLogFilterInput) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const facets = useQuery(trpc.auditLog.facets.queryOptions());
  const [draft, setDraft] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string[]>>({});

  function apply(event: FormEvent) {
    event.preventDefault();
    const parsed = ZAuditLogFilter.safeParse({
      ...draft,
      from: draft.from ? (wallTimeToIso(draft.from, props.timeZone) ?? draft.from) : undefined,
      to: draft.to ? (wallTimeToIso(draft.to, props.timeZone) ?? draft.to) : undefined,
    });
    if (!parsed.success) {
      setErrors(fieldErrorsOfSchema(parsed.error));
      return;
    }
    setErrors({});
    props.onApply(parsed.data);
  }

  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));
  return (
    <form
      onSubmit={apply}
      noValidate
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6"
    >
      <FormField id="audit-actor" label={t("auditLog.actor")} errors={errors.actor}>
        <input {...controlProps("audit-actor", errors.actor)} value={draft.actor} onChange={set("actor")} />
      </FormField>
      <FormField id="audit-action" label={t("auditLog.action")}>
        <select {...controlProps("audit-action")} value={draft.action} onChange={set("action")}>
          <option value="">{t("auditLog.anyAction")}</option>
          {facets.data?.actions.map((action) => (
            <option key={action} value={action}>
              {auditActionName(t, action)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id="audit-entityType" label={t("auditLog.entityType")}>
        <select {...controlProps("audit-entityType")} value={draft.entityType} onChange={set("entityType")}>
          <option value="">{t("auditLog.anyType")}</option>
          {facets.data?.entityTypes.map((type) => (
            <option key={type} value={type}>
              {auditEntityTypeName(t, type)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id="audit-entityId" label={t("auditLog.entityId")} errors={errors.entityId}>
        <input {...controlProps("audit-entityId", errors.entityId)} value={draft.entityId} onChange={set("entityId")} />
      </FormField>
      <FormField id="audit-from" label={t("auditLog.from")} errors={errors.from}>
        <input
          {...controlProps("audit-from", errors.from)}
          type="datetime-local"
          value={draft.from}
          onChange={set("from")}
        />
      </FormField>
      <FormField id="audit-to" label={t("auditLog.to")} errors={errors.to}>
        <input {...controlProps("audit-to", errors.to)} type="datetime-local" value={draft.to} onChange={set("to")} />
      </FormField>
      <div className="flex gap-2 sm:col-span-3 lg:col-span-6">
        <button type="submit" className="rounded bg-indigo-600 px-4 py-1.5 font-medium text-white">
          {t("auditLog.apply")}
        </button>
        <button
          type="button"
          onClick={() => {
            setDraft(EMPTY);
            setErrors({});
            props.onApply({});
          }}
          className="rounded border border-slate-300 px-4 py-1.5"
        >
          {t("auditLog.clear")}
        </button>
      </div>
    </form>
  );
}
