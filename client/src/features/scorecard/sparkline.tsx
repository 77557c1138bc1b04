// A tiny trend line drawn as SVG: one per row, thousands of rows, so no chart library here.
export function Sparkline({ points, thresholdHundredths }: { points: (number | null)[]; thresholdHundredths: number }) {
  const width = 64;
  const height = 18;
  const known = points.map((p, i) => ({ p, i })).filter((x): x is { p: number; i: number } => x.p !== null);
  if (known.length < 2) return <span className="text-slate-500">—</span>;
  const x = (i: number) => (i / Math.max(1, points.length - 1)) * width;
  const y = (p: number) => height - (p / 10000) * height;
  const path = known.map(({ p, i }, k) => `${k === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(p).toFixed(1)}`).join(" ");
  return (
    <svg width={width} height={height} role="img" aria-label={known.map(({ p }) => (p / 100).toFixed(2)).join(", ")}>
      <line
        x1={0}
        x2={width}
        y1={y(thresholdHundredths)}
        y2={y(thresholdHundredths)}
        stroke="#fca5a5"
        strokeDasharray="2 2"
      />
      <path d={path} fill="none" stroke="#4f46e5" strokeWidth={1.5} />
    </svg>
  );
}
