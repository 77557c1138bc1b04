// One complaint: what the customer said, both clocks, the timeline, and the desk's next steps. The
// customer's phone is masked; the desk and headquarters may reveal it (an audited action).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { CENTER_ANSWER_HOURS, INTERVENTION_HOURS } from "../../../../shared/domain/complaint-clock.ts";
import { can } from "../../../../shared/domain/roles.ts";
import { Notice } from "../../components/ui/notice.tsx";
import { QueryState } from "../../components/ui/query-state.tsx";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { refusalOf } from "../../lib/server-errors.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { formatInZone, useNetworkTimeZone } from "../../lib/zoned-time.ts";
import { ClockBadge } from "./clock-badge.tsx";
import { ComplaintStepForm, type NoteStep } from "./complaint-step-form.tsx";
import { ResolveForm } from "./resolve-form.tsx";

type Complaint = RouterOutputs["complaints"]["get"];
type Step = NoteStep | "resolve";

export function ComplaintPage({ complaintId }: { complaintId: number }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useQuery(trpc.session.me.queryOptions());
  const complaint = useQuery(trpc.complaints.get.queryOptions({ complaintId }));
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  if (!complaint.data) return <QueryState query={complaint} />;
  const c = complaint.data;
  const role = me.data?.role;
  const handles = role !== undefined && can(role, "complaints.handle");
  const mayPropose = role !== undefined && can(role, "penalties.propose");
  return (
    <section aria-labelledby="complaint-title" className="max-w-4xl min-w-0 space-y-4">
      <p className="text-sm">
        <Link to="/complaints" className="text-indigo-700 underline">
          ← {t("complaints.title")}
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <h1 id="complaint-title" className="text-2xl font-semibold">
          {t("complaints.heading", { id: c.id })}
        </h1>
        <span className="rounded bg-slate-100 px-2 py-0.5 text-sm">{t(`complaints.status.${c.status}`)}</span>
      </div>
      {notice && <Notice tone={notice.tone}>{notice.text}</Notice>}
      <Clocks complaint={c} />
      <Facts complaint={c} mayReveal={handles} onRefused={(text) => setNotice({ tone: "error", text })} />
      {handles && <Steps complaint={c} userId={me.data?.id} onDone={(text) => setNotice({ tone: "success", text })} />}
      {mayPropose && c.finding === "UPHELD" && (
        <p>
          <Link
            to="/penalties/propose"
            search={{ centerId: c.center.id, complaintId: c.id }}
            className="inline-flex min-h-11 items-center rounded border border-red-300 bg-white px-4 font-medium text-red-700"
          >
            {t("complaints.proposePenalty")}
          </Link>
        </p>
      )}
      <Timeline complaint={c} />
    </section>
  );
}

function Clocks({ complaint: c }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const zone = useNetworkTimeZone();
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <div className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
        <p className="text-slate-600">{t("complaints.interventionClock")}</p>
        <ClockBadge clock={c.clock} hours={INTERVENTION_HOURS} testId="intervention-clock" />
        <p className="mt-1 text-slate-600">{t("complaints.dueAt", { at: formatInZone(c.clock.dueAt, zone) })}</p>
      </div>
      {c.centerClock && (
        <div className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
          <p className="text-slate-600">{t("complaints.centerClock")}</p>
          <ClockBadge clock={c.centerClock} hours={CENTER_ANSWER_HOURS} testId="center-clock" />
          <p className="mt-1 text-slate-600">
            {t("complaints.dueAt", { at: formatInZone(c.centerClock.dueAt, zone) })}
          </p>
        </div>
      )}
    </div>
  );
}

function Facts(props: { complaint: Complaint; mayReveal: boolean; onRefused: (text: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const zone = useNetworkTimeZone();
  const reveal = useMutation(trpc.complaints.revealPhone.mutationOptions());
  const c = props.complaint;
  const phone = reveal.data?.customerPhone ?? c.customerPhone;
  const rows: [string, ReactNode][] = [
    [
      t("complaints.field.center"),
      <Link
        key="center"
        to="/centers/$centerId"
        params={{ centerId: String(c.center.id) }}
        className="text-indigo-700 underline"
      >
        {c.center.code} · {c.center.name}
      </Link>,
    ],
    [t("complaints.field.channel"), `${t(`complaints.channel.${c.channel}`)} · ${c.channelRef}`],
    [t("complaints.field.receivedAt"), formatInZone(c.receivedAt, zone)],
    [t("complaints.field.category"), t(`complaints.category.${c.category}`)],
    [t("complaints.field.workOrderNo"), c.workOrderNo ?? "—"],
    [t("complaints.field.customerName"), c.customerName],
    [
      t("complaints.field.customerPhone"),
      <span key="phone" className="inline-flex flex-wrap items-center gap-2">
        <span data-testid="customer-phone">{phone}</span>
        {props.mayReveal && !reveal.data && (
          <button
            type="button"
            className="text-indigo-700 underline"
            onClick={() =>
              reveal.mutate({ complaintId: c.id }, { onError: (error) => props.onRefused(refusalOf(error).message) })
            }
          >
            {t("complaints.revealPhone")}
          </button>
        )}
      </span>,
    ],
    [t("complaints.field.handler"), c.handler?.name ?? t("complaints.nobodyYet")],
    [t("complaints.field.description"), c.description],
  ];
  if (c.finding)
    rows.push(
      [t("complaints.field.finding"), t(`complaints.finding.${c.finding}`)],
      [
        t("complaints.field.remedy"),
        `${t(`complaints.remedy.${c.remedy ?? "NONE"}`)}${c.compensationYuan ? ` · ¥${c.compensationYuan}` : ""}`,
      ],
      [t("complaints.field.resolution"), c.resolution ?? ""],
    );
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[10rem_minmax(0,1fr)]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-600">{label}</dt>
          <dd className="min-w-0 break-words whitespace-pre-wrap">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Steps(props: { complaint: Complaint; userId: string | undefined; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const take = useMutation(trpc.complaints.take.mutationOptions());
  const [open, setOpen] = useState<Step | null>(null);
  const c = props.complaint;
  const resolved = c.status === "RESOLVED";
  const offered: Step[] = resolved
    ? ["reopen", "addNote"]
    : [
        "contactCustomer",
        ...(c.status === "AWAITING_CENTER" ? (["centerAnswer"] as const) : (["forward"] as const)),
        "resolve",
        "addNote",
      ];
  const done = (text: string) => {
    setOpen(null);
    props.onDone(text);
  };
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {!resolved && c.handler?.id !== props.userId && (
          <button
            type="button"
            className="min-h-11 rounded bg-indigo-600 px-4 font-medium text-white"
            onClick={() =>
              take.mutate(
                { complaintId: c.id },
                {
                  onSuccess: () => {
                    void queryClient.invalidateQueries(trpc.complaints.pathFilter());
                    props.onDone(t("complaints.done.take"));
                  },
                },
              )
            }
          >
            {t("complaints.step.take")}
          </button>
        )}
        {offered.map((step) => (
          <button
            key={step}
            type="button"
            aria-expanded={open === step}
            onClick={() => setOpen(open === step ? null : step)}
            className="min-h-11 rounded border border-slate-300 bg-white px-4"
          >
            {t(`complaints.step.${step}`)}
          </button>
        ))}
      </div>
      {open === "resolve" && <ResolveForm complaintId={c.id} onDone={done} onCancel={() => setOpen(null)} />}
      {open !== null && open !== "resolve" && (
        <ComplaintStepForm key={open} complaintId={c.id} step={open} onDone={done} onCancel={() => setOpen(null)} />
      )}
    </div>
  );
}

function Timeline({ complaint: c }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const zone = useNetworkTimeZone();
  return (
    <div className="space-y-2">
      <h2 className="text-lg font-semibold">{t("complaints.timeline")}</h2>
      <ol className="space-y-2 border-l-2 border-slate-200 pl-4 text-sm" data-testid="complaint-timeline">
        {c.timeline.map((e) => (
          <li key={e.id} data-event={e.kind}>
            <p>
              <span className="font-medium">{t(`complaints.event.${e.kind}`)}</span>
              {e.finding && ` · ${t(`complaints.finding.${e.finding}`)}`}
              <span className="text-slate-600">
                {" "}
                · {formatInZone(e.at, zone)}
                {e.actor && ` · ${e.actor.name}`}
              </span>
            </p>
            {e.note && <p className="break-words whitespace-pre-wrap text-slate-700">{e.note}</p>}
          </li>
        ))}
      </ol>
    </div>
  );
}
