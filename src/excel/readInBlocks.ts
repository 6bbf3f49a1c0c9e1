// The fallback read for sheets too large for one request (Excel on the web: 5 MB): row blocks, a sync per few.
import type { SheetGrid } from "../core";
import { localAddress, parseRangeAddress } from "./addresses";
import type { AnnotationIndex } from "./annotations";
import { isCellEditModeError } from "./officeErrors";
import type { ExcelCapabilities } from "./requirements";
import { buildSheetGrid, mergesFromAddresses, type LoadedBlock } from "./sheetGrid";
import type { SyncMeter } from "./syncMeter";

/** Estimated response bytes per cell for values + number format + formula. */
export const READ_BYTES_PER_CELL = 40;

/** Default response budget per sync, under the 5 MB limit with room for JSON overhead. */
export const READ_BUDGET_BYTES = 4_000_000;

/** Excel reads at most 5,000,000 cells per range (RangeExceedsLimit above); blocks stay under it with room. */
export const RANGE_READ_LIMIT_CELLS = 4_900_000;

/** Above this many cells in one sheet's used range nothing is read (and so nothing written): a clear refusal instead
 * of minutes of reading (a sheet formatted down to row 1,048,576 on ExcelApi 1.1, where the used range counts formats). */
export const MAX_SHEET_CELLS = 10_000_000;

interface SheetShape {
  ws: Excel.Worksheet;
  name: string;
  isProtected: boolean;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
}

async function loadShapes(
  meter: SyncMeter,
  caps: ExcelCapabilities,
  annotations: AnnotationIndex,
  withMerges: boolean,
) {
  const worksheets = meter.context.workbook.worksheets;
  const shapes: SheetShape[] = worksheets.items.map((ws) => {
    const used = caps.usedRangeOrNull ? ws.getUsedRangeOrNullObject(true) : ws.getUsedRange();
    used.load("address");
    const merged = withMerges && caps.mergedAreas ? ws.getRange().getMergedAreasOrNullObject() : null;
    merged?.load("areas/items/address");
    return { ws, name: ws.name, isProtected: caps.protection ? ws.protection.protected : false, used, merged };
  });
  const finishLocate = annotations.count > 0 ? annotations.queueLocate() : null;
  await meter.sync();
  finishLocate?.();
  return shapes;
}

/** Reads every sheet in row blocks of at most `budget` estimated bytes per sync. */
export async function readWorkbookInBlocks(
  meter: SyncMeter,
  caps: ExcelCapabilities,
  annotations: AnnotationIndex,
  budget: number = READ_BUDGET_BYTES,
): Promise<{
  sheets: SheetGrid[];
  workbookName: string | null;
  syncs: number;
  tooLarge: { sheet: string; cells: number } | null;
}> {
  const start = meter.count;
  const context = meter.context;
  context.workbook.worksheets.load(caps.protection ? "items/name,items/protection/protected" : "items/name");
  if (caps.workbookName) context.workbook.load("name");
  annotations.queueList(context);
  await meter.sync();

  let shapes: SheetShape[];
  try {
    shapes = await loadShapes(meter, caps, annotations, true);
  } catch (error) {
    if (isCellEditModeError(error) || !caps.mergedAreas) throw error;
    shapes = await loadShapes(meter, caps, annotations, false);
  }

  const blocks = new Map<string, { range: Excel.Range }[]>();
  let pending = 0;
  let tooLarge: { sheet: string; cells: number } | null = null;
  for (const shape of shapes) {
    const list: { range: Excel.Range }[] = [];
    blocks.set(shape.name, list);
    if (shape.used.isNullObject) continue;
    const rect = parseRangeAddress(shape.used.address);
    if (!rect) continue;
    const cols = rect.c2 - rect.c1 + 1;
    const cells = cols * (rect.r2 - rect.r1 + 1);
    if (cells > MAX_SHEET_CELLS) {
      tooLarge ??= { sheet: shape.name, cells };
      continue;
    }
    const rowsPerBlock = Math.max(1, Math.floor(Math.min(budget / READ_BYTES_PER_CELL, RANGE_READ_LIMIT_CELLS) / cols));
    for (let r = rect.r1; r <= rect.r2; r += rowsPerBlock) {
      const r2 = Math.min(rect.r2, r + rowsPerBlock - 1);
      const cost = (r2 - r + 1) * cols * READ_BYTES_PER_CELL;
      if (pending > 0 && pending + cost > budget) {
        await meter.sync();
        pending = 0;
      }
      const range = shape.ws
        .getRange(localAddress(r, rect.c1, r2, rect.c2))
        .load("address,values,numberFormat,formulas");
      list.push({ range });
      pending += cost;
    }
  }
  if (pending > 0) await meter.sync();

  const sheets = shapes.map((shape) => {
    const loaded: LoadedBlock[] = (blocks.get(shape.name) ?? []).map(({ range }) => ({
      address: range.address,
      values: range.values,
      numberFormat: range.numberFormat,
      formulas: range.formulas,
    }));
    const merges =
      shape.merged && !shape.merged.isNullObject
        ? mergesFromAddresses(shape.merged.areas.items.map((a) => a.address))
        : [];
    return buildSheetGrid(shape.name, loaded, merges, shape.isProtected);
  });
  return {
    sheets,
    workbookName: caps.workbookName ? context.workbook.name : null,
    syncs: meter.count - start,
    tooLarge,
  };
}
