// The form for a new user (email, name, role, regions) or an edited one (no email change: it is
// the sign-in name and the audit trail's key).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ROLES, type Role } from "../../../../shared/domain/roles.ts";
import { ZCreateUserInput, ZUserFields } from "../../../../shared/schemas/users.ts";
import { controlProps, FormField } from "../../components/ui/form-field.tsx";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { fieldErrorsOfSchema, refusalOf, type ServerRefusal } from "../../lib/server-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { Notice } from "../../components/ui/notice.tsx";
import { pathErrorsOfSchema } from "../../lib/messages.ts";

type UserRow = RouterOutputs["users"]["list"][number];

export function UserEditor(props: {
  user: UserRow | null;
  onCreated: (email: string, temporaryPassword: string) => void;
  onSaved: (email: string) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const regions = useQuery(trpc.session.regions.queryOptions());
  const create = useMutation(trpc.users.create.mutationOptions());
  const update = useMutation(trpc.users.update.mutationOptions());
  const [email, setEmail] = useState("");
  const [name, setName] = useState(props.user?.name ?? "");
  const [role, setRole] = useState<Role>(props.user?.role ?? "AUDITOR");
  const [regionIds, setRegionIds] = useState<number[]>(props.user?.regionIds ?? []);
  const [refusal, setRefusal] = useState<ServerRefusal | null>(null);
  const zh = i18n.language === "zh-CN";

  async function submit(event: FormEvent) {
    event.preventDefault();
    const user = { name, role, regionIds: role === "HQ_ADMIN" ? [] : regionIds };
    const parsed = props.user ? ZUserFields.safeParse(user) : ZCreateUserInput.safeParse({ email, user });
    if (!parsed.success) {
      const fieldErrors = fieldErrorsOfSchema(parsed.error);
      // The create schema nests the user's fields under "user": show them on their own controls.
      const nested = pathErrorsOfSchema(parsed.error, 1);
      for (const issue of parsed.error.issues)
        if (issue.path[0] === "user") fieldErrors[String(issue.path[1])] = nested[String(issue.path[1])] ?? [];
      setRefusal({ message: "", fieldErrors, code: "BAD_REQUEST" });
      return;
    }
    try {
      if (props.user) {
        await update.mutateAsync({ userId: props.user.id, user });
        props.onSaved(props.user.email);
      } else {
        const created = await create.mutateAsync({ email, user });
        props.onCreated(email.trim().toLowerCase(), created.temporaryPassword);
      }
      await queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
    } catch (error) {
      setRefusal(refusalOf(error));
    }
  }

  const errors = refusal?.fieldErrors ?? {};
  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="user-editor-title"
      className="grid gap-3 rounded-lg border border-indigo-200 bg-white p-4 sm:grid-cols-3"
    >
      <h2 id="user-editor-title" className="text-lg font-semibold sm:col-span-3">
        {props.user ? t("admin.users.editTitle", { email: props.user.email }) : t("admin.users.new")}
      </h2>
      {refusal?.message && (
        <Notice tone="error" className="sm:col-span-3">
          {refusal.message}
        </Notice>
      )}
      {!props.user && (
        <FormField id="user-email" label={t("admin.users.email")} errors={errors.email}>
          <input
            {...controlProps("user-email", errors.email)}
            type="email"
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </FormField>
      )}
      <FormField id="user-name" label={t("admin.users.name")} errors={errors.name}>
        <input {...controlProps("user-name", errors.name)} value={name} onChange={(e) => setName(e.target.value)} />
      </FormField>
      <FormField id="user-role" label={t("admin.users.role")} errors={errors.role}>
        <select
          {...controlProps("user-role", errors.role)}
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </FormField>
      <fieldset className="sm:col-span-3" aria-describedby={errors.regionIds ? "user-regions-error" : undefined}>
        <legend className="mb-1 text-sm font-medium">{t("admin.users.regions")}</legend>
        {role === "HQ_ADMIN" ? (
          <p className="text-sm text-slate-600">{t("admin.users.allRegions")}</p>
        ) : (
          <div className="flex flex-wrap gap-3 text-sm">
            {regions.data?.map((region) => (
              <label key={region.id} className="flex items-center gap-1">
                <input
                  type="checkbox"
                  checked={regionIds.includes(region.id)}
                  onChange={(e) =>
                    setRegionIds((ids) =>
                      e.target.checked ? [...ids, region.id] : ids.filter((id) => id !== region.id),
                    )
                  }
                />
                {zh ? region.nameZh : region.nameEn}
              </label>
            ))}
          </div>
        )}
        {errors.regionIds && (
          <p id="user-regions-error" className="mt-1 text-sm text-red-700" data-field-error="user-regions">
            {errors.regionIds.join(" ")}
          </p>
        )}
      </fieldset>
      <div className="flex gap-2 sm:col-span-3">
        <button
          type="submit"
          disabled={create.isPending || update.isPending}
          className="rounded bg-indigo-600 px-4 py-2 font-medium text-white disabled:opacity-50"
        >
          {props.user ? t("admin.save") : t("admin.users.create")}
        </button>
        <button type="button" onClick={props.onCancel} className="rounded border border-slate-300 px-4 py-2">
          {t("admin.cancel")}
        </button>
      </div>
    </form>
  );
}
