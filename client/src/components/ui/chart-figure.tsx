// The one frame of a chart: a titled card with a fixed height the chart fills. Only the lazily
// loaded chart screens import it (it brings Recharts).
import type { ReactElement } from "react";
import { ResponsiveContainer } from "recharts";

export function ChartFigure({ title, children }: { title: string; children: ReactElement }) {
  return (
    <figure className="min-w-0 rounded-lg border border-slate-200 bg-white p-3">
      <figcaption className="mb-2 text-sm font-medium">{title}</figcaption>
      <div className="h-56">
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
