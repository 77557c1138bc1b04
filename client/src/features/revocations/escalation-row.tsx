// A direct center's escalation, resolved by headquarters with a resolution.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { controlProps, FormField } from "../../components/ui/form-field.tsx";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { refusalOf, type ServerRefusal } from "../../lib/server-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";

export function EscalationRow({ escalation }: { escalation: RouterOutputs["revocations"]["escalations"][number] }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [resolution, setResolution] = useState("");
  const [refusal, setRefusal] = useState<ServerRefusal | null>(null);
  const resolve = useMutation(
    trpc.revocations.resolveEscalation.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(),
      onError: (error) => setRefusal(refusalOf(error)),
    }),
  );
  return (
    <li className="space-y-2 px-3 py-2">
      <p>
        {escalation.center.code} · {escalation.center.name} ·{" "}
        {t("revocations.raised", { period: escalation.raisedPeriodKey })} ·{" "}
        {escalation.evidence.map((e) => e.evaluation.periodKey).join(", ")}
      </p>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          resolve.mutate({ escalationId: escalation.id, resolution });
        }}
      >
        <FormField
          id={`resolution-${escalation.id}`}
          label={t("revocations.resolution")}
          errors={refusal?.fieldErrors.resolution}
        >
          <input
            {...controlProps(`resolution-${escalation.id}`, refusal?.fieldErrors.resolution)}
            value={resolution}
            onChange={(e) => setResolution(e.target.value)}
          />
        </FormField>
        <button type="submit" className="rounded border border-slate-400 px-3 py-2">
          {t("revocations.resolve")}
        </button>
      </form>
    </li>
  );
}
