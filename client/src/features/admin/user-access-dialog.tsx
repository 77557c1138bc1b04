// Deactivating, reactivating and resetting a password end or restore someone's access: each asks
// for confirmation (and a reason, kept in the audit log, where access is switched).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { useTranslation } from "react-i18next";
import { controlProps, FormField } from "../../components/ui/form-field.tsx";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { ZSetUserActiveInput } from "../../../../shared/schemas/users.ts";
import { errorsAt, formError, showRefusal, useSchemaForm } from "../../lib/schema-form.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { ModalForm } from "../../components/ui/modal-form.tsx";

type UserRow = RouterOutputs["users"]["list"][number];
const ZNoInput = z.object({});
export type AccessChange = "deactivate" | "reactivate" | "resetPassword";

const QUESTION = {
  deactivate: "admin.users.confirmDeactivate",
  reactivate: "admin.users.confirmReactivate",
  resetPassword: "admin.users.confirmReset",
} as const;

export function UserAccessDialog(props: {
  user: UserRow;
  change: AccessChange;
  onClose: () => void;
  onDone: (message: string, temporaryPassword?: string) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const setActive = useMutation(trpc.users.setActive.mutationOptions());
  const reset = useMutation(trpc.users.resetPassword.mutationOptions());
  const { user, change } = props;
  // A reset needs no reason; switching access does (it is kept in the audit log).
  const form = useSchemaForm(change === "resetPassword" ? ZNoInput : ZSetUserActiveInput, {
    defaultValues: { reason: "" },
    toInput: ({ reason }: { reason: string }) => ({ userId: user.id, active: change === "reactivate", reason }),
  });
  const reason = () => form.getValues("reason");

  const confirm = form.handleSubmit(async () => {
    try {
      if (change === "resetPassword") {
        const result = await reset.mutateAsync({ userId: user.id });
        props.onDone(t("admin.users.reset", { email: user.email }), result.temporaryPassword);
      } else {
        const result = await setActive.mutateAsync({
          userId: user.id,
          active: change === "reactivate",
          reason: reason(),
        });
        props.onDone(
          change === "deactivate"
            ? t("admin.users.deactivated", { email: user.email, count: result.sessionsEnded })
            : t("admin.users.reactivated", { email: user.email }),
        );
      }
      await queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
    } catch (error) {
      showRefusal(form, error);
    }
  });
  const reasonErrors = errorsAt(form, "reason");

  return (
    <ModalForm
      role="alertdialog"
      title={t(QUESTION[change], { email: user.email })}
      onSubmit={() => void confirm()}
      onClose={props.onClose}
    >
      {formError(form) && (
        <p role="alert" className="text-sm text-red-700">
          {formError(form)}
        </p>
      )}
      {change !== "resetPassword" && (
        <FormField id="access-reason" label={t("admin.users.reason")} errors={reasonErrors}>
          <input {...controlProps("access-reason", reasonErrors)} {...form.register("reason")} maxLength={500} />
        </FormField>
      )}
      <div className="flex justify-end gap-2">
        <button type="button" onClick={props.onClose} className="rounded border border-slate-300 px-3 py-1.5">
          {t("admin.cancel")}
        </button>
        <button
          type="submit"
          disabled={form.formState.isSubmitting}
          className="rounded bg-red-600 px-3 py-1.5 font-medium text-white disabled:opacity-50"
        >
          {t("admin.users.confirm")}
        </button>
      </div>
    </ModalForm>
  );
}
