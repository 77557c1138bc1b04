// The one way lists are drawn: a TanStack Table with sortable column headers (aria-sort), used by
// every list screen so they look and behave alike.
import {
  columnVisibilityFeature,
  createSortedRowModel,
  type ReactTable,
  type RowData,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
} from "@tanstack/react-table";

export const sortableFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text, basic: sortFn_basic },
});
export type SortableFeatures = typeof sortableFeatures;

export function SortableTable<TData extends RowData>(props: {
  table: ReactTable<SortableFeatures, TData>;
  testId: string;
  rowAttributes?: (row: TData) => Record<`data-${string}`, string | number>;
  /** Columns holding sentences (messages): they wrap instead of widening the table. */
  wrappingColumns?: ReadonlySet<string>;
  /** Columns of names that may break onto a second line when the table would not fit otherwise. */
  breakableColumns?: ReadonlySet<string>;
  /** Columns left out on a phone's width (they return from the md breakpoint on). */
  phoneHidden?: ReadonlySet<string>;
}) {
  const { table } = props;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm" data-testid={props.testId}>
        <SortableHead table={table} phoneHidden={props.phoneHidden} />
        <tbody className="divide-y divide-slate-100">
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className="hover:bg-slate-50" {...props.rowAttributes?.(row.original)}>
              {row.getAllCells().map((cell) => (
                <td
                  key={cell.id}
                  className={`px-3 py-2 ${cellWrapping(props, cell.column.id)} ${phoneHiddenClass(props.phoneHidden, cell.column.id)}`}
                >
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The header row: each sortable column a button, its direction announced with aria-sort. */
export function SortableHead<TData extends RowData>(props: {
  table: ReactTable<SortableFeatures, TData>;
  className?: string;
  numericColumns?: ReadonlySet<string>;
  phoneHidden?: ReadonlySet<string>;
}) {
  const { table } = props;
  return (
    <thead className={props.className ?? "bg-slate-50 text-left text-slate-600"}>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id}>
          {group.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            return (
              <th
                key={header.id}
                scope="col"
                aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"}
                className={`px-3 py-2 font-medium whitespace-nowrap ${props.numericColumns?.has(header.column.id) ? "text-right" : ""} ${phoneHiddenClass(props.phoneHidden, header.column.id)}`}
              >
                {header.column.getCanSort() ? (
                  <button
                    type="button"
                    onClick={header.column.getToggleSortingHandler()}
                    className="hover:text-indigo-700"
                  >
                    <table.FlexRender header={header} />
                    {sorted === "asc" ? " ▲" : sorted === "desc" ? " ▼" : ""}
                  </button>
                ) : (
                  <table.FlexRender header={header} />
                )}
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}

function cellWrapping(
  props: { wrappingColumns?: ReadonlySet<string>; breakableColumns?: ReadonlySet<string> },
  columnId: string,
): string {
  if (props.wrappingColumns?.has(columnId)) return "min-w-64";
  return props.breakableColumns?.has(columnId) ? "" : "whitespace-nowrap";
}

function phoneHiddenClass(phoneHidden: ReadonlySet<string> | undefined, columnId: string): string {
  return phoneHidden?.has(columnId) ? "hidden md:table-cell" : "";
}
