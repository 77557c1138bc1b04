// The header's way to the inbox, with the number of unread messages (checked every minute).
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../lib/trpc.ts";

export function InboxLink() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const inbox = useQuery({ ...trpc.inbox.unreadCount.queryOptions(), refetchInterval: 60_000 });
  const unread = inbox.data?.unread ?? 0;
  return (
    <Link
      to="/inbox"
      data-testid="inbox-link"
      className="inline-flex min-h-11 items-center gap-1 rounded border border-slate-300 px-3 whitespace-nowrap hover:bg-slate-100 md:min-h-0 md:py-1"
    >
      {t("inbox.title")}
      {unread > 0 && (
        <>
          <span data-testid="inbox-unread" className="rounded-full bg-red-600 px-1.5 text-xs font-semibold text-white">
            {unread}
          </span>
          <span className="sr-only">{t("inbox.unreadSuffix")}</span>
        </>
      )}
    </Link>
  );
}
