// Shown instead of the app while the user holds a temporary password from headquarters: the server
// refuses everything else until it is replaced.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ZChangePasswordInput } from "../../../../shared/schemas/users.ts";
import { controlProps, FormField } from "../../components/ui/form-field.tsx";
import { Notice } from "../../components/ui/notice.tsx";
import { errorsAt, formError, showRefusal, useSchemaForm } from "../../lib/schema-form.ts";
import { useTRPC } from "../../lib/trpc.ts";

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const change = useMutation(trpc.session.changePassword.mutationOptions());
  const form = useSchemaForm(ZChangePasswordInput, {
    defaultValues: { currentPassword: "", newPassword: "", repeat: "" },
  });

  const submit = form.handleSubmit(async (input) => {
    if (form.getValues("repeat") !== input.newPassword) {
      form.setError("repeat", { message: t("account.mismatch") });
      return;
    }
    try {
      await change.mutateAsync(input);
      await queryClient.invalidateQueries();
    } catch (error) {
      showRefusal(form, error);
    }
  });

  const field = (key: "currentPassword" | "newPassword" | "repeat", label: string, autoComplete: string) => (
    <FormField id={`password-${key}`} label={label} errors={errorsAt(form, key)}>
      <input
        {...controlProps(`password-${key}`, errorsAt(form, key))}
        {...form.register(key)}
        type="password"
        autoComplete={autoComplete}
      />
    </FormField>
  );
  return (
    <main className="mx-auto mt-16 max-w-md rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-xl font-semibold">{t("account.title")}</h1>
      <p className="mt-2 text-sm text-slate-600">{t("account.explain")}</p>
      {formError(form) && (
        <Notice tone="error" className="mt-3">
          {formError(form)}
        </Notice>
      )}
      <form onSubmit={(e) => void submit(e)} className="mt-4 space-y-3" noValidate>
        {field("currentPassword", t("account.current"), "current-password")}
        {field("newPassword", t("account.next"), "new-password")}
        {field("repeat", t("account.repeat"), "new-password")}
        <button
          type="submit"
          disabled={change.isPending}
          className="w-full rounded bg-indigo-600 px-4 py-2 font-medium text-white disabled:opacity-50"
        >
          {t("account.submit")}
        </button>
      </form>
    </main>
  );
}
