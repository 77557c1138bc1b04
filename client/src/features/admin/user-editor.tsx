// The form for a new user (email, name, role, regions) or an edited one (no email change: it is
// the sign-in name and the audit trail's key).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { useTranslation } from "react-i18next";
import { ROLES, type Role } from "../../../../shared/domain/roles.ts";
import { type TCreateUserInput, ZCreateUserInput, ZUserFields } from "../../../../shared/schemas/users.ts";
import { controlProps, FormField } from "../../components/ui/form-field.tsx";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { errorsAt, formError, showRefusal, useSchemaForm } from "../../lib/schema-form.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { Notice } from "../../components/ui/notice.tsx";
import { useLocalizedName } from "../../lib/localized-name.ts";

type UserRow = RouterOutputs["users"]["list"][number];

interface UserFormFields {
  email: string;
  name: string;
  role: Role;
  /** The checked regions' ids, as the checkboxes hold them. */
  regionIds: string[];
}

const ZEditUserForm = z.object({ user: ZUserFields });
type TEditUserForm = z.output<typeof ZEditUserForm>;

export function UserEditor(props: {
  user: UserRow | null;
  onCreated: (email: string, temporaryPassword: string) => void;
  onSaved: (email: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const regions = useQuery(trpc.session.regions.queryOptions());
  const create = useMutation(trpc.users.create.mutationOptions());
  const update = useMutation(trpc.users.update.mutationOptions());
  const localized = useLocalizedName();
  // One shape for both: a new user's fields sit under "user", next to the e-mail.
  const schema = props.user ? ZEditUserForm : ZCreateUserInput;
  const form = useSchemaForm<UserFormFields, TCreateUserInput | TEditUserForm>(schema, {
    defaultValues: {
      email: "",
      name: props.user?.name ?? "",
      role: props.user?.role ?? "AUDITOR",
      regionIds: (props.user?.regionIds ?? []).map(String),
    },
    toInput: (fields) => ({
      email: fields.email,
      user: {
        name: fields.name,
        role: fields.role,
        regionIds: fields.role === "HQ_ADMIN" ? [] : fields.regionIds.map(Number),
      },
    }),
  });
  const role = form.watch("role");

  const submit = form.handleSubmit(async ({ user }) => {
    try {
      if (props.user) {
        await update.mutateAsync({ userId: props.user.id, user });
        props.onSaved(props.user.email);
      } else {
        const email = form.getValues("email");
        const created = await create.mutateAsync({ email, user });
        props.onCreated(email.trim().toLowerCase(), created.temporaryPassword);
      }
      await queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
    } catch (error) {
      showRefusal(form, error);
    }
  });

  // The schema names a user's fields under "user"; the server's own refusals name them plainly.
  const errors = (name: keyof UserFormFields) =>
    name === "email" ? errorsAt(form, "email") : (errorsAt(form, `user.${name}`) ?? errorsAt(form, name));
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
      {formError(form) && (
        <Notice tone="error" className="sm:col-span-3">
          {formError(form)}
        </Notice>
      )}
      {!props.user && (
        <FormField id="user-email" label={t("admin.users.email")} errors={errors("email")}>
          <input
            {...controlProps("user-email", errors("email"))}
            {...form.register("email")}
            type="email"
            autoComplete="off"
          />
        </FormField>
      )}
      <FormField id="user-name" label={t("admin.users.name")} errors={errors("name")}>
        <input {...controlProps("user-name", errors("name"))} {...form.register("name")} />
      </FormField>
      <FormField id="user-role" label={t("admin.users.role")} errors={errors("role")}>
        <select {...controlProps("user-role", errors("role"))} {...form.register("role")}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </FormField>
      <fieldset className="sm:col-span-3" aria-describedby={errors("regionIds") ? "user-regions-error" : undefined}>
        <legend className="mb-1 text-sm font-medium">{t("admin.users.regions")}</legend>
        {role === "HQ_ADMIN" ? (
          <p className="text-sm text-slate-600">{t("admin.users.allRegions")}</p>
        ) : (
          <div className="flex flex-wrap gap-3 text-sm">
            {regions.data?.map((region) => (
              <label key={region.id} className="flex items-center gap-1">
                <input type="checkbox" value={String(region.id)} {...form.register("regionIds")} />
                {localized(region)}
              </label>
            ))}
          </div>
        )}
        {errors("regionIds") && (
          <p id="user-regions-error" className="mt-1 text-sm text-red-700" data-field-error="user-regions">
            {errors("regionIds")?.join(" ")}
          </p>
        )}
      </fieldset>
      <div className="flex gap-2 sm:col-span-3">
        <button
          type="submit"
          disabled={form.formState.isSubmitting}
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
