// A complaint's clock as a badge: its state in words and colour, and, while it runs, a live
// countdown to its due time (the server's state is as of loading; the countdown moves on here, with
// the same rule from shared/domain, so the badge turns at risk or breached while the page is open).
import { useTranslation } from "react-i18next";
import { type ClockState, clockAt } from "../../../../shared/domain/complaint-clock.ts";
import { useNow } from "../../lib/use-now.ts";

const TONE: Record<ClockState, string> = {
  RUNNING: "bg-slate-100 text-slate-800",
  AT_RISK: "bg-amber-100 text-amber-900",
  MET: "bg-emerald-100 text-emerald-900",
  BREACHED: "bg-red-100 text-red-800",
};

export interface WireClock {
  state: ClockState;
  dueAt: string;
  msLeft: number | null;
}

export function ClockBadge({ clock, hours, testId }: { clock: WireClock; hours: number; testId?: string }) {
  const { t } = useTranslation();
  const now = useNow(30_000);
  // Still running when loaded: re-derive it as of now (nothing was done since, or the page would have reloaded).
  const startedAt = new Date(Date.parse(clock.dueAt) - hours * 3_600_000);
  const live = clock.msLeft === null ? clock : clockAt({ startedAt, hours, metAt: null }, now);
  const durationText = (ms: number) => {
    const { h, m } = hoursAndMinutes(ms);
    return h > 0 ? t("complaints.hoursMinutes", { h, m }) : t("complaints.minutes", { m });
  };
  return (
    <span
      data-testid={testId}
      data-clock={live.state}
      className={`inline-flex flex-wrap items-center gap-x-1 rounded px-2 py-0.5 text-xs font-medium ${TONE[live.state]}`}
    >
      <span className="whitespace-nowrap">{t(`complaints.clock.${live.state}`)}</span>
      {live.msLeft !== null && (
        <span className="whitespace-nowrap">· {t("complaints.left", { time: durationText(live.msLeft) })}</span>
      )}
    </span>
  );
}

/** Whole hours and minutes of `ms` (never negative). */
function hoursAndMinutes(ms: number): { h: number; m: number } {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  return { h: Math.floor(minutes / 60), m: minutes % 60 };
}
