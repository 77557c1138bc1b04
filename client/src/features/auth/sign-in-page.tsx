import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ZSignInInput } from "../../../../shared/schemas/auth.ts";
import { controlProps, FormField } from "../../components/ui/form-field.tsx";
import { LanguageSwitch } from "../../components/ui/language-switch.tsx";
import { Notice } from "../../components/ui/notice.tsx";
import { signIn } from "../../lib/auth-client.ts";
import { errorsAt, formError, useSchemaForm } from "../../lib/schema-form.ts";

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // The same schema the server checks, so the person sees the message before a round trip.
  const form = useSchemaForm(ZSignInInput, { defaultValues: { email: "", password: "" } });

  const submit = form.handleSubmit(async (input) => {
    const failure = await signIn(input);
    if (!failure) {
      queryClient.clear(); // drop the cached "signed out" answer before the app asks again
      await navigate({ to: "/" });
      return;
    }
    for (const [field, messages] of Object.entries(failure.fieldErrors ?? {}))
      form.setError(field as "email" | "password", { message: messages.join(" ") });
    if (!failure.fieldErrors) form.setError("root.server", { message: failure.message });
  });

  const field = (name: "email" | "password", type: string, autoComplete: string) => (
    <FormField id={name} label={t(`signIn.${name}`)} errors={errorsAt(form, name)}>
      <input
        {...controlProps(name, errorsAt(form, name))}
        {...form.register(name)}
        type={type}
        autoComplete={autoComplete}
      />
    </FormField>
  );
  const submitting = form.formState.isSubmitting;

  return (
    <div className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-4 flex justify-end text-sm">
          <LanguageSwitch />
        </div>
        <form
          noValidate
          onSubmit={(e) => void submit(e)}
          className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
        >
          <div>
            <p className="text-sm text-indigo-700">{t("app.title")}</p>
            <h1 className="text-xl font-semibold">{t("signIn.title")}</h1>
          </div>
          {formError(form) && <Notice tone="error">{formError(form)}</Notice>}
          {field("email", "email", "username")}
          {field("password", "password", "current-password")}
          <button
            type="submit"
            disabled={submitting}
            className="w-full rounded bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 disabled:opacity-60"
          >
            {submitting ? t("signIn.submitting") : t("signIn.submit")}
          </button>
        </form>
      </div>
    </div>
  );
}
