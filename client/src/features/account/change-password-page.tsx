// Shown instead of the app while the user holds a temporary password from headquarters: the server
// refuses everything else until it is replaced.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ZChangePasswordInput } from "../../../../shared/schemas/users.ts";
import { controlProps, FormField } from "../../components/ui/form-field.tsx";
import { fieldErrorsOfSchema, refusalOf, type ServerRefusal } from "../../lib/server-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { Notice } from "../../components/ui/notice.tsx";

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const change = useMutation(trpc.session.changePassword.mutationOptions());
  const [fields, setFields] = useState({ currentPassword: "", newPassword: "", repeat: "" });
  const [refusal, setRefusal] = useState<ServerRefusal | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = ZChangePasswordInput.safeParse(fields);
    if (!parsed.success) {
      setRefusal({ message: "", fieldErrors: fieldErrorsOfSchema(parsed.error), code: "BAD_REQUEST" });
      return;
    }
    if (fields.repeat !== fields.newPassword) {
      setRefusal({ message: "", fieldErrors: { repeat: [t("account.mismatch")] }, code: "BAD_REQUEST" });
      return;
    }
    try {
      await change.mutateAsync(parsed.data);
      await queryClient.invalidateQueries();
    } catch (error) {
      setRefusal(refusalOf(error));
    }
  }

  const errors = refusal?.fieldErrors ?? {};
  const field = (key: keyof typeof fields, label: string, autoComplete: string) => (
    <FormField id={`password-${key}`} label={label} errors={errors[key]}>
      <input
        {...controlProps(`password-${key}`, errors[key])}
        type="password"
        autoComplete={autoComplete}
        value={fields[key]}
        onChange={(e) => setFields((f) => ({ ...f, [key]: e.target.value }))}
      />
    </FormField>
  );
  return (
    <main className="mx-auto mt-16 max-w-md rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-xl font-semibold">{t("account.title")}</h1>
      <p className="mt-2 text-sm text-slate-600">{t("account.explain")}</p>
      {refusal?.message && (
        <Notice tone="error" className="mt-3">
          {refusal.message}
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
