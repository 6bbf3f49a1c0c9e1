// Which rows of a sheet are hidden, read in the same batch as its cells: Range.getRowProperties (ExcelApi 1.9) names
// them; Range.rowHidden (1.2) only says whether any is; Excel 2016 (1.1) cannot tell, and the grid says nothing.
import type { SheetGrid } from "../core";
import type { ExcelCapabilities } from "./requirements";

/** The queued reads that tell a sheet's (or a block's) hidden rows. */
export interface QueuedVisibility {
  rows: OfficeExtension.ClientResult<Excel.RowProperties[]> | null;
  /** A range whose `rowHidden` was loaded (1.2 without 1.9), or null. */
  range: Excel.Range | null;
}

/** Queues the visibility of `range`'s rows: row properties where Excel has them, else `rowHidden` on `loaded` (a range
 *  already loaded in this batch, possibly a null object). `range` must not be a null object. */
export function queueVisibility(
  caps: ExcelCapabilities,
  range: () => Excel.Range,
  loaded: Excel.Range,
): QueuedVisibility {
  if (caps.rowProperties) return { rows: range().getRowProperties({ rowIndex: true, rowHidden: true }), range: null };
  if (!caps.rowHidden) return { rows: null, range: null };
  loaded.load("rowHidden");
  return { rows: null, range: loaded };
}

/** After the sync: the hidden rows into the grid (absolute 0-based), or that some are hidden when Excel cannot say. */
export function applyVisibility(grid: SheetGrid, queued: readonly QueuedVisibility[]): void {
  const hidden = new Set<number>();
  let some = false;
  for (const q of queued) {
    for (const r of q.rows?.value ?? []) if (r.rowHidden && typeof r.rowIndex === "number") hidden.add(r.rowIndex);
    if (q.range && !q.range.isNullObject && q.range.rowHidden !== false) some = true;
  }
  if (hidden.size > 0) grid.hiddenRows = hidden;
  else if (some) grid.someRowsHidden = true;
}
