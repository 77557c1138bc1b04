// The scorecard table: TanStack Table for sorting and column visibility, TanStack Virtual so that
// thousands of rows scroll smoothly (only the rows in view are in the DOM).
import { type ColumnVisibilityState, createColumnHelper, type ReactTable, useTable } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef } from "react";
import { type SortableFeatures, SortableHead, sortableFeatures } from "../../components/ui/sortable-table.tsx";
import type { ScorecardColumn } from "./scorecard-columns.tsx";
import type { ScorecardRow } from "./scorecard-filters.ts";

export type ScorecardTable = ReactTable<SortableFeatures, ScorecardRow>;
const helper = createColumnHelper<SortableFeatures, ScorecardRow>();

const ROW_HEIGHT = 37;

export function useScorecardTable(rows: ScorecardRow[], columns: ScorecardColumn[], visibility: ColumnVisibilityState) {
  return useTable({
    features: sortableFeatures,
    data: rows,
    columns: helper.columns(
      columns.map((c) =>
        helper.accessor((row) => (c.sortValue ? c.sortValue(row) : 0), {
          id: c.id,
          header: c.header,
          cell: (info) => c.cell(info.row.original),
          enableSorting: c.sortValue !== null,
          sortFn: "basic",
        }),
      ),
    ),
    state: { columnVisibility: visibility },
    initialState: { sorting: [{ id: "composite", desc: false }] },
  });
}

export function ScorecardTableView({ table, numericColumns }: { table: ScorecardTable; numericColumns: Set<string> }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = table.getRowModel().rows;
  // The React Compiler is not used here, so the virtualizer's non-memoizable API is fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const columnCount = table.getVisibleLeafColumns().length;
  return (
    <div
      ref={scrollRef}
      className="max-h-[70vh] overflow-auto rounded-lg border border-slate-200 bg-white"
      data-testid="scorecard-scroll"
    >
      <table className="min-w-full text-sm" data-testid="scorecard-table" aria-rowcount={rows.length + 1}>
        <SortableHead
          table={table}
          numericColumns={numericColumns}
          className="sticky top-0 z-[1] bg-slate-50 text-left text-slate-600 shadow-sm"
        />
        <tbody className="divide-y divide-slate-100">
          {padTop > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columnCount} style={{ height: padTop }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <tr
                key={row.id}
                className="hover:bg-slate-50"
                style={{ height: ROW_HEIGHT }}
                aria-rowindex={item.index + 2}
                data-center-code={row.original.code}
              >
                {row.getVisibleCells().map((cell) => (
                  <td
                    key={cell.id}
                    className={`px-3 py-1.5 whitespace-nowrap ${numericColumns.has(cell.column.id) ? "text-right" : ""}`}
                  >
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columnCount} style={{ height: padBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
