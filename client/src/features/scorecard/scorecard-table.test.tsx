// @vitest-environment happy-dom
import { act, renderHook } from "@testing-library/react";
import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { scorecardColumns } from "./scorecard-columns.tsx";
import type { ScorecardRow } from "./scorecard-filters.ts";
import { useScorecardTable } from "./scorecard-table.tsx";

const t = ((key: string) => key) as unknown as TFunction;
const row = (centerId: number, code: string, composite: number | null, streak = 0) =>
  ({
    centerId,
    code,
    name: code,
    city: "杭州",
    cityTier: 2,
    kind: "AUTHORIZED",
    status: "ACTIVE",
    composite,
    streak,
    trend: [],
  }) as unknown as ScorecardRow;
const rows = [row(1, "C3", 9000), row(2, "C1", null), row(3, "C2", 7999, 2)];
const columns = scorecardColumns(t, 8000);
const codes = (table: ReturnType<typeof useScorecardTable>) => table.getRowModel().rows.map((r) => r.original.code);

describe("scorecard table", () => {
  it("sorts by composite, lowest first, centers without data before any score", () => {
    const { result } = renderHook(() => useScorecardTable(rows, columns, {}));
    expect(codes(result.current)).toEqual(["C1", "C2", "C3"]);
  });

  it("re-sorts when a header asks for it: composite descending, then code", () => {
    const { result } = renderHook(() => useScorecardTable(rows, columns, {}));
    act(() => result.current.getColumn("composite")!.toggleSorting(true));
    expect(codes(result.current)).toEqual(["C3", "C2", "C1"]);
    act(() => result.current.getColumn("code")!.toggleSorting(false));
    expect(codes(result.current)).toEqual(["C1", "C2", "C3"]);
    act(() => result.current.getColumn("streak")!.toggleSorting(true));
    expect(codes(result.current)[0]).toBe("C2");
  });

  it("hides the columns the manager unticks, and does not sort by the trend", () => {
    const { result } = renderHook(() => useScorecardTable(rows, columns, { trend: false, city: false }));
    const visible = result.current.getVisibleLeafColumns().map((c) => c.id);
    expect(visible).not.toContain("trend");
    expect(visible).not.toContain("city");
    expect(visible).toContain("composite");
    expect(result.current.getColumn("trend")!.getCanSort()).toBe(false);
  });
});
