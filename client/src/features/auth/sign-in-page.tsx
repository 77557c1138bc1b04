import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type TSignInInput, ZSignInInput } from "../../../../shared/schemas/auth.ts";
import { LanguageSwitch } from "../../components/ui/language-switch.tsx";
import { signIn } from "../../lib/auth-client.ts";
import { Notice } from "../../components/ui/notice.tsx";
import { fieldErrorsOfSchema } from "../../lib/messages.ts";

type FieldErrors = Partial<Record<keyof TSignInInput, string[]>>;

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // The same schema the server checks, so the person sees the message before a round trip.
    const parsed = ZSignInInput.safeParse({ email: form.get("email"), password: form.get("password") });
    if (!parsed.success) {
      setFieldErrors(fieldErrorsOfSchema(parsed.error));
      setFormError(null);
      return;
    }
    setSubmitting(true);
    setFieldErrors({});
    setFormError(null);
    const failure = await signIn(parsed.data);
    setSubmitting(false);
    if (!failure) {
      queryClient.clear(); // drop the cached "signed out" answer before the app asks again
      await navigate({ to: "/" });
      return;
    }
    if (failure.fieldErrors) setFieldErrors(failure.fieldErrors);
    else setFormError(failure.message);
  }

  return (
    <div className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-4 flex justify-end text-sm">
          <LanguageSwitch />
        </div>
        <form
          noValidate
          onSubmit={(e) => void handleSubmit(e)}
          className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
        >
          <div>
            <p className="text-sm text-indigo-700">{t("app.title")}</p>
            <h1 className="text-xl font-semibold">{t("signIn.title")}</h1>
          </div>
          {formError && <Notice tone="error">{formError}</Notice>}
          <Field
            name="email"
            type="email"
            label={t("signIn.email")}
            errors={fieldErrors.email}
            autoComplete="username"
          />
          <Field
            name="password"
            type="password"
            label={t("signIn.password")}
            errors={fieldErrors.password}
            autoComplete="current-password"
          />
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

function Field(props: {
  name: keyof TSignInInput;
  type: string;
  label: string;
  errors?: string[];
  autoComplete: string;
}) {
  const errorId = `${props.name}-error`;
  return (
    <div>
      <label htmlFor={props.name} className="mb-1 block text-sm font-medium">
        {props.label}
      </label>
      <input
        id={props.name}
        name={props.name}
        type={props.type}
        autoComplete={props.autoComplete}
        aria-invalid={props.errors ? true : undefined}
        aria-describedby={props.errors ? errorId : undefined}
        className="w-full rounded border border-slate-300 px-3 py-2 aria-invalid:border-red-500"
      />
      {props.errors && (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {props.errors.join(" ")}
        </p>
      )}
    </div>
  );
}
