// Headquarters' form for a new center or an edited one (kind and authorization number included).
// The shared schema checks it before the round trip; the server's refusals land on the same fields.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { CENTER_KINDS, type CenterKind, ZCenterFields } from "../../../../shared/schemas/centers.ts";
import type { CenterSummary } from "./center-summary.ts";
import { controlProps, FormField } from "../../components/ui/form-field.tsx";
import { regionOptions } from "../../components/ui/option-select.tsx";
import { errorsAt, formError, numberOrNaN, showRefusal, useSchemaForm } from "../../lib/schema-form.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { Notice } from "../../components/ui/notice.tsx";
import { useLocalizedName } from "../../lib/localized-name.ts";

type TextField = "code" | "name" | "authorizationNo" | "partnerName" | "province" | "city" | "address";
type Fields = Record<TextField, string> & { kind: CenterKind; regionId: string; cityTier: string };

function fieldsOf(center: CenterSummary | null): Fields {
  return {
    code: center?.code ?? "",
    name: center?.name ?? "",
    kind: center?.kind ?? "AUTHORIZED",
    authorizationNo: center?.authorizationNo ?? "",
    partnerName: center?.partnerName ?? "",
    regionId: center ? String(center.region.id) : "",
    province: center?.province ?? "",
    city: center?.city ?? "",
    cityTier: center ? String(center.cityTier) : "",
    address: center?.address ?? "",
  };
}

/** The controls hold text; the schema reads numbers. */
function toCenterInput(fields: Fields) {
  return { ...fields, regionId: numberOrNaN(fields.regionId), cityTier: numberOrNaN(fields.cityTier) };
}

export function CenterEditor(props: {
  center: CenterSummary | null;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const regions = useQuery(trpc.session.regions.queryOptions());
  const create = useMutation(trpc.centers.create.mutationOptions());
  const update = useMutation(trpc.centers.update.mutationOptions());
  const localized = useLocalizedName();
  const form = useSchemaForm(ZCenterFields, { defaultValues: fieldsOf(props.center), toInput: toCenterInput });

  const submit = form.handleSubmit(async (center) => {
    try {
      if (props.center) await update.mutateAsync({ centerId: props.center.id, center });
      else await create.mutateAsync({ center });
      await queryClient.invalidateQueries();
      props.onDone(t(props.center ? "admin.center.updated" : "admin.center.created", { code: center.code }));
    } catch (error) {
      showRefusal(form, error);
    }
  });

  const errors = (key: keyof Fields) => errorsAt(form, key);
  const text = (key: TextField) => (
    <FormField key={key} id={`center-${key}`} label={t(`admin.center.${key}`)} errors={errors(key)}>
      <input {...controlProps(`center-${key}`, errors(key))} {...form.register(key)} />
    </FormField>
  );
  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="center-editor-title"
      className="grid gap-3 rounded-lg border border-indigo-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
    >
      <h2 id="center-editor-title" className="text-lg font-semibold sm:col-span-2 lg:col-span-3">
        {props.center ? t("admin.center.editTitle", { code: props.center.code }) : t("admin.center.newTitle")}
      </h2>
      {formError(form) && (
        <Notice tone="error" className="sm:col-span-2 lg:col-span-3">
          {formError(form)}
        </Notice>
      )}
      {text("code")}
      {text("name")}
      <FormField id="center-kind" label={t("admin.center.kind")} errors={errors("kind")}>
        <select {...controlProps("center-kind", errors("kind"))} {...form.register("kind")}>
          {CENTER_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </select>
      </FormField>
      {text("authorizationNo")}
      {text("partnerName")}
      <FormField id="center-regionId" label={t("admin.center.region")} errors={errors("regionId")}>
        <select {...controlProps("center-regionId", errors("regionId"))} {...form.register("regionId")}>
          <option value="">—</option>
          {regionOptions(regions.data, localized).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </FormField>
      {text("province")}
      {text("city")}
      <FormField id="center-cityTier" label={t("admin.center.cityTier")} errors={errors("cityTier")}>
        <input
          {...controlProps("center-cityTier", errors("cityTier"))}
          {...form.register("cityTier")}
          inputMode="numeric"
        />
      </FormField>
      <div className="sm:col-span-2 lg:col-span-3">{text("address")}</div>
      <div className="flex gap-2 sm:col-span-2 lg:col-span-3">
        <button
          type="submit"
          disabled={form.formState.isSubmitting}
          className="rounded bg-indigo-600 px-4 py-2 font-medium text-white disabled:opacity-50"
        >
          {t("admin.save")}
        </button>
        <button type="button" onClick={props.onCancel} className="rounded border border-slate-300 px-4 py-2">
          {t("admin.cancel")}
        </button>
      </div>
    </form>
  );
}
