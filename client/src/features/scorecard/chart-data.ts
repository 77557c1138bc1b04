// Turning scorecard rows into what the charts draw. Pure, so each mapping is tested on its own.
// Scores are integer hundredths throughout; charts get numbers in points (80.00 → 80).
import { divideHalfUp } from "../../../../shared/domain/checklist-score.ts";

export interface ChartRow {
  composite: number | null;
  result: "PASS" | "FAIL" | "INSUFFICIENT_DATA";
  visitScore: number | null;
  visitCount: number;
  callbackScore: number | null;
  callbackCount: number;
  spotCheckScore: number | null;
  spotCheckCount: number;
}

/** Composites in 5-point bins from [0,5) to [95,100]; 100.00 falls in the last bin. */
export function compositeDistribution(
  rows: readonly ChartRow[],
): { bin: string; from: number; centers: number; failing: boolean }[] {
  const bins = Array.from({ length: 20 }, (_, i) => ({
    bin: `${i * 5}–${i * 5 + 5}`,
    from: i * 5,
    centers: 0,
    failing: false,
  }));
  for (const row of rows) {
    if (row.composite === null) continue;
    const index = Math.min(19, Math.floor(row.composite / 500));
    bins[index]!.centers++;
  }
  return bins.map((bin) => ({ ...bin, failing: bin.from < 80 }));
}

/** Per group (region or city): how many centers, mean composite of the evaluated ones, pass rate. */
export function groupComparison<T extends ChartRow>(
  rows: readonly T[],
  groupOf: (row: T) => string,
): { group: string; centers: number; meanComposite: number | null; passRate: number | null }[] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = groupOf(row);
    const members = groups.get(key);
    if (members) members.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.entries()]
    .map(([group, members]) => {
      const scored = members.filter((m) => m.composite !== null);
      const evaluated = members.filter((m) => m.result !== "INSUFFICIENT_DATA");
      const sum = scored.reduce((total, m) => total + m.composite!, 0);
      return {
        group,
        centers: members.length,
        meanComposite: scored.length === 0 ? null : divideHalfUp(sum, scored.length) / 100,
        passRate:
          evaluated.length === 0
            ? null
            : divideHalfUp(evaluated.filter((m) => m.result === "PASS").length * 10000, evaluated.length) / 100,
      };
    })
    .sort((a, b) => a.group.localeCompare(b.group));
}

/** Mean score of each source over the centers where it has samples, in points. */
export function sourceContributions(
  rows: readonly ChartRow[],
): { source: "visits" | "callbacks" | "spotChecks"; mean: number | null; centers: number }[] {
  const mean = (values: number[]) =>
    values.length === 0
      ? null
      : divideHalfUp(
          values.reduce((a, b) => a + b, 0),
          values.length,
        ) / 100;
  const of = (pick: (row: ChartRow) => number | null) => rows.map(pick).filter((v): v is number => v !== null);
  const visits = of((r) => r.visitScore);
  const callbacks = of((r) => r.callbackScore);
  const spots = of((r) => r.spotCheckScore);
  return [
    { source: "visits", mean: mean(visits), centers: visits.length },
    { source: "callbacks", mean: mean(callbacks), centers: callbacks.length },
    { source: "spotChecks", mean: mean(spots), centers: spots.length },
  ];
}
