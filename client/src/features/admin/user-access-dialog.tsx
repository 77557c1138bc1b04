// Deactivating, reactivating and resetting a password end or restore someone's access: each asks
// for confirmation (and a reason, kept in the audit log, where access is switched).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { controlProps, FormField } from "../../components/ui/form-field.tsx";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { refusalOf, type ServerRefusal } from "../../lib/server-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { ModalForm } from "../../components/ui/modal-form.tsx";

type UserRow = RouterOutputs["users"]["list"][number];
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
  const [reason, setReason] = useState("");
  const [refusal, setRefusal] = useState<ServerRefusal | null>(null);
  const { user, change } = props;

  async function confirm() {
    try {
      if (change === "resetPassword") {
        const result = await reset.mutateAsync({ userId: user.id });
        props.onDone(t("admin.users.reset", { email: user.email }), result.temporaryPassword);
      } else {
        const result = await setActive.mutateAsync({ userId: user.id, active: change === "reactivate", reason });
        props.onDone(
          change === "deactivate"
            ? t("admin.users.deactivated", { email: user.email, count: result.sessionsEnded })
            : t("admin.users.reactivated", { email: user.email }),
        );
      }
      await queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
    } catch (error) {
      setRefusal(refusalOf(error));
    }
  }

  return (
    <ModalForm role="alertdialog" labelledBy="user-access-question" onSubmit={() => void confirm()}>
      <p id="user-access-question" className="font-medium">
        {t(QUESTION[change], { email: user.email })}
      </p>
      {refusal && !refusal.fieldErrors.reason && (
        <p role="alert" className="text-sm text-red-700">
          {refusal.message}
        </p>
      )}
      {change !== "resetPassword" && (
        <FormField id="access-reason" label={t("admin.users.reason")} errors={refusal?.fieldErrors.reason}>
          <input
            {...controlProps("access-reason", refusal?.fieldErrors.reason)}
            value={reason}
            maxLength={500}
            onChange={(e) => setReason(e.target.value)}
          />
        </FormField>
      )}
      <div className="flex justify-end gap-2">
        <button type="button" onClick={props.onClose} className="rounded border border-slate-300 px-3 py-1.5">
          {t("admin.cancel")}
        </button>
        <button
          type="submit"
          disabled={setActive.isPending || reset.isPending}
          className="rounded bg-red-600 px-3 py-1.5 font-medium text-white disabled:opacity-50"
        >
          {t("admin.users.confirm")}
        </button>
      </div>
    </ModalForm>
  );
}
