// The audit log's filters. Times are typed in the policy's zone and sent as instants.
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { type TAuditLogFilterInput, ZAuditLogFilter } from "../../../../shared/schemas/audit-log.ts";
import { controlProps, FormField } from "../../components/ui/form-field.tsx";
import { errorsAt, useSchemaForm } from "../../lib/schema-form.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { wallTimeToIso } from "../../lib/zoned-time.ts";
import { auditActionName, auditEntityTypeName } from "./audit-words.ts";

const EMPTY = { actor: "", action: "", entityType: "", entityId: "", from: "", to: "" };

export function AuditLogFilters(props: { timeZone: string; onApply: (filter: TAuditLogFilterInput) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const facets = useQuery(trpc.auditLog.facets.queryOptions());
  const form = useSchemaForm(ZAuditLogFilter, {
    defaultValues: EMPTY,
    toInput: (draft: typeof EMPTY) => ({
      ...draft,
      from: draft.from ? (wallTimeToIso(draft.from, props.timeZone) ?? draft.from) : undefined,
      to: draft.to ? (wallTimeToIso(draft.to, props.timeZone) ?? draft.to) : undefined,
    }),
  });
  const apply = form.handleSubmit((filter) => props.onApply(filter));
  const errors = (name: keyof typeof EMPTY) => errorsAt(form, name);
  const field = (name: keyof typeof EMPTY) => ({
    ...controlProps(`audit-${name}`, errors(name)),
    ...form.register(name),
  });

  return (
    <form
      onSubmit={(e) => void apply(e)}
      noValidate
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6"
    >
      <FormField id="audit-actor" label={t("auditLog.actor")} errors={errors("actor")}>
        <input {...field("actor")} />
      </FormField>
      <FormField id="audit-action" label={t("auditLog.action")}>
        <select {...field("action")}>
          <option value="">{t("auditLog.anyAction")}</option>
          {facets.data?.actions.map((action) => (
            <option key={action} value={action}>
              {auditActionName(t, action)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id="audit-entityType" label={t("auditLog.entityType")}>
        <select {...field("entityType")}>
          <option value="">{t("auditLog.anyType")}</option>
          {facets.data?.entityTypes.map((type) => (
            <option key={type} value={type}>
              {auditEntityTypeName(t, type)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id="audit-entityId" label={t("auditLog.entityId")} errors={errors("entityId")}>
        <input {...field("entityId")} />
      </FormField>
      <FormField id="audit-from" label={t("auditLog.from")} errors={errors("from")}>
        <input {...field("from")} type="datetime-local" />
      </FormField>
      <FormField id="audit-to" label={t("auditLog.to")} errors={errors("to")}>
        <input {...field("to")} type="datetime-local" />
      </FormField>
      <div className="flex gap-2 sm:col-span-3 lg:col-span-6">
        <button type="submit" className="rounded bg-indigo-600 px-4 py-1.5 font-medium text-white">
          {t("auditLog.apply")}
        </button>
        <button
          type="button"
          onClick={() => {
            form.reset(EMPTY);
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
