// The one look of a message above a form or a list: a refusal (announced at once, role "alert"),
// a success or a warning (role "status").
import type { ReactNode } from "react";

const TONES = {
  error: { role: "alert", colours: "bg-red-50 text-red-800" },
  success: { role: "status", colours: "bg-emerald-50 text-emerald-800" },
  warning: { role: "status", colours: "bg-amber-50 text-amber-900" },
} as const;

export function Notice(props: { tone: keyof typeof TONES; children: ReactNode; className?: string; testId?: string }) {
  const tone = TONES[props.tone];
  return (
    <div
      role={tone.role}
      className={`rounded px-3 py-2 text-sm ${tone.colours} ${props.className ?? ""}`}
      data-testid={props.testId}
    >
      {props.children}
    </div>
  );
}
