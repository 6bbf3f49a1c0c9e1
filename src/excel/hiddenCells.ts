// Which rows and columns of a sheet are hidden, read in the same batch as its cells: Range.getRowProperties and
// getColumnProperties (ExcelApi 1.9) name them; Range.rowHidden and columnHidden (1.2) only say whether any is; Excel
// 2016 (1.1) cannot tell, and the grid says nothing.
import type { SheetGrid } from "../core";
import type { ExcelCapabilities } from "./requirements";

/** The queued reads that tell a sheet's (or a block's) hidden rows and columns. */
export interface QueuedVisibility {
  rows: OfficeExtension.ClientResult<Excel.RowProperties[]> | null;
  columns: OfficeExtension.ClientResult<Excel.ColumnProperties[]> | null;
  /** A range whose `rowHidden` and `columnHidden` were loaded (1.2 without 1.9), or null. */
  range: Excel.Range | null;
}

/** Queues the visibility of `range`'s rows and columns: their properties where Excel has them, else `rowHidden` and
 *  `columnHidden` on `loaded` (a range already loaded in this batch, possibly a null object). `range` must not be a
 *  null object. */
export function queueVisibility(
  caps: ExcelCapabilities,
  range: () => Excel.Range,
  loaded: Excel.Range,
): QueuedVisibility {
  if (caps.rowColumnProperties) {
    const r = range();
    return {
      rows: r.getRowProperties({ rowIndex: true, rowHidden: true }),
      columns: r.getColumnProperties({ columnIndex: true, columnHidden: true }),
      range: null,
    };
  }
  if (!caps.hiddenFlags) return { rows: null, columns: null, range: null };
  loaded.load("rowHidden,columnHidden");
  return { rows: null, columns: null, range: loaded };
}

/** After the sync: the hidden rows and columns into the grid (absolute 0-based), or that some are hidden when Excel
 *  cannot say which. */
export function applyVisibility(grid: SheetGrid, queued: readonly QueuedVisibility[]): void {
  const rows = new Set<number>();
  const columns = new Set<number>();
  let someRows = false;
  let someColumns = false;
  for (const q of queued) {
    for (const r of q.rows?.value ?? []) if (r.rowHidden && typeof r.rowIndex === "number") rows.add(r.rowIndex);
    for (const c of q.columns?.value ?? [])
      if (c.columnHidden && typeof c.columnIndex === "number") columns.add(c.columnIndex);
    if (q.range && !q.range.isNullObject) {
      if (q.range.rowHidden !== false) someRows = true;
      if (q.range.columnHidden !== false) someColumns = true;
    }
  }
  if (rows.size > 0) grid.hiddenRows = rows;
  else if (someRows) grid.someRowsHidden = true;
  if (columns.size > 0) grid.hiddenColumns = columns;
  else if (someColumns) grid.someColumnsHidden = true;
}
