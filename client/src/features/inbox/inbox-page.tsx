// The user's inbox (DOMAIN-2.md, Notifications): newest first, unread marked; opening one marks it
// read and goes to its record.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../components/ui/query-state.tsx";
import type { RouterOutputs } from "../../lib/api-types.ts";
import { useMessageText } from "../../lib/messages.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { formatInZone, useNetworkTimeZone } from "../../lib/zoned-time.ts";

type Message = RouterOutputs["inbox"]["list"]["rows"][number];

export function InboxPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const zone = useNetworkTimeZone();
  const wording = useMessageText();
  const inbox = useQuery(trpc.inbox.list.queryOptions({}));
  const markRead = useMutation({
    ...trpc.inbox.markRead.mutationOptions(),
    onSuccess: () => queryClient.invalidateQueries(trpc.inbox.pathFilter()),
  });
  return (
    <section aria-labelledby="inbox-title" className="max-w-3xl space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 id="inbox-title" className="text-2xl font-semibold">
          {t("inbox.title")}
        </h1>
        {(inbox.data?.unread ?? 0) > 0 && (
          <button
            type="button"
            className="min-h-11 rounded border border-slate-300 bg-white px-4"
            onClick={() => markRead.mutate({})}
          >
            {t("inbox.markAllRead")}
          </button>
        )}
      </div>
      <QueryState query={inbox} />
      {inbox.data?.rows.length === 0 && (
        <p className="rounded border border-dashed border-slate-300 p-6 text-slate-600">{t("inbox.empty")}</p>
      )}
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm" data-testid="inbox">
        {inbox.data?.rows.map((m) => (
          <li
            key={m.id}
            data-read={m.readAt ? "yes" : "no"}
            className={`flex flex-wrap items-start gap-3 px-3 py-3 ${m.readAt ? "" : "bg-indigo-50"}`}
          >
            <span className="min-w-0 flex-1">
              {!m.readAt && <span className="sr-only">{t("inbox.unread")} </span>}
              <span className={m.readAt ? "" : "font-medium"}>{wording(m.message)}</span>
              <span className="block text-xs text-slate-600">{formatInZone(m.createdAt, zone)}</span>
            </span>
            <Target message={m} onOpen={() => !m.readAt && markRead.mutate({ ids: [m.id] })} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Target({ message, onOpen }: { message: Message; onOpen: () => void }) {
  const { t } = useTranslation();
  const className = "text-indigo-700 underline";
  if (message.entityType === "complaint")
    return (
      <Link
        to="/complaints/$complaintId"
        params={{ complaintId: String(message.entityId) }}
        className={className}
        onClick={onOpen}
      >
        {t("inbox.open")}
      </Link>
    );
  return (
    <Link to={message.entityType === "penalty" ? "/penalties" : "/revocations"} className={className} onClick={onOpen}>
      {t("inbox.open")}
    </Link>
  );
}
