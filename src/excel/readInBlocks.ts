// The fallback read for sheets too large for one request (Excel on the web: 5 MB): row blocks, a sync per few.
import type { SheetGrid } from "../core";
import { localAddress, parseRangeAddress } from "./addresses";
import type { AnnotationIndex } from "./annotations";
import { isCellEditModeError } from "./officeErrors";
import type { ExcelCapabilities } from "./requirements";
import { applyVisibility, queueVisibility, type QueuedVisibility } from "./hiddenCells";
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

/** Lists the sheets (names, protection), the workbook's name and the annotations: the first sync. */
async function listSheets(meter: SyncMeter, caps: ExcelCapabilities, annotations: AnnotationIndex): Promise<void> {
  const context = meter.context;
  context.workbook.worksheets.load(caps.protection ? "items/name,items/protection/protected" : "items/name");
  if (caps.workbookName) context.workbook.load("name");
  annotations.queueList(context);
  await meter.sync();
}

/** The sheets' shapes with their merged areas; without them when Excel refuses the merged-area read. */
async function loadShapesWithMerges(
  meter: SyncMeter,
  caps: ExcelCapabilities,
  annotations: AnnotationIndex,
): Promise<SheetShape[]> {
  try {
    return await loadShapes(meter, caps, annotations, true);
  } catch (error) {
    if (isCellEditModeError(error) || !caps.mergedAreas) throw error;
    return loadShapes(meter, caps, annotations, false);
  }
}

/** A queued read of one row block. */
interface QueuedBlock {
  range: Excel.Range;
  visibility: QueuedVisibility;
}

/** Queues row-block reads, syncing first whenever the next block would take the queued bytes over the budget. */
class BlockReader {
  private pending = 0;

  constructor(
    private readonly meter: SyncMeter,
    private readonly budget: number,
    private readonly caps: ExcelCapabilities,
  ) {}

  /** Queues the read of rows r1..r2, columns c1..c2 of `ws`. */
  async queue(ws: Excel.Worksheet, r1: number, r2: number, c1: number, c2: number): Promise<QueuedBlock> {
    const cost = (r2 - r1 + 1) * (c2 - c1 + 1) * READ_BYTES_PER_CELL;
    if (this.pending > 0 && this.pending + cost > this.budget) {
      await this.meter.sync();
      this.pending = 0;
    }
    const range = ws.getRange(localAddress(r1, c1, r2, c2)).load("address,values,numberFormat,formulas");
    this.pending += cost;
    return { range, visibility: queueVisibility(this.caps, () => range, range) };
  }

  /** Syncs what is still queued. */
  async flush(): Promise<void> {
    if (this.pending > 0) await this.meter.sync();
  }
}

/** Queues one sheet's blocks into `list`; returns its cell count, queueing nothing, when it is over MAX_SHEET_CELLS. */
async function queueSheet(
  reader: BlockReader,
  shape: SheetShape,
  budget: number,
  list: QueuedBlock[],
): Promise<number | null> {
  if (shape.used.isNullObject) return null;
  const rect = parseRangeAddress(shape.used.address);
  if (!rect) return null;
  const cols = rect.c2 - rect.c1 + 1;
  const cells = cols * (rect.r2 - rect.r1 + 1);
  if (cells > MAX_SHEET_CELLS) return cells;
  const rowsPerBlock = Math.max(1, Math.floor(Math.min(budget / READ_BYTES_PER_CELL, RANGE_READ_LIMIT_CELLS) / cols));
  for (let r = rect.r1; r <= rect.r2; r += rowsPerBlock) {
    list.push(await reader.queue(shape.ws, r, Math.min(rect.r2, r + rowsPerBlock - 1), rect.c1, rect.c2));
  }
  return null;
}

/** Reads every sheet's blocks: the loaded blocks per sheet name, and the first sheet too large to read. */
async function readBlocks(
  meter: SyncMeter,
  shapes: SheetShape[],
  budget: number,
  caps: ExcelCapabilities,
): Promise<{ blocks: Map<string, QueuedBlock[]>; tooLarge: { sheet: string; cells: number } | null }> {
  const reader = new BlockReader(meter, budget, caps);
  const blocks = new Map<string, QueuedBlock[]>();
  let tooLarge: { sheet: string; cells: number } | null = null;
  for (const shape of shapes) {
    const list: QueuedBlock[] = [];
    blocks.set(shape.name, list);
    const cells = await queueSheet(reader, shape, budget, list);
    if (cells !== null) tooLarge ??= { sheet: shape.name, cells };
  }
  await reader.flush();
  return { blocks, tooLarge };
}

/** One sheet's grid from its loaded blocks and merged areas. */
function sheetGridOf(shape: SheetShape, blocks: QueuedBlock[]): SheetGrid {
  const loaded: LoadedBlock[] = blocks.map(({ range }) => ({
    address: range.address,
    values: range.values,
    numberFormat: range.numberFormat,
    formulas: range.formulas,
  }));
  const merges =
    shape.merged && !shape.merged.isNullObject
      ? mergesFromAddresses(shape.merged.areas.items.map((a) => a.address))
      : [];
  const grid = buildSheetGrid(shape.name, loaded, merges, shape.isProtected);
  applyVisibility(
    grid,
    blocks.map((b) => b.visibility),
  );
  return grid;
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
  await listSheets(meter, caps, annotations);
  const shapes = await loadShapesWithMerges(meter, caps, annotations);
  const { blocks, tooLarge } = await readBlocks(meter, shapes, budget, caps);
  const sheets = shapes.map((shape) => sheetGridOf(shape, blocks.get(shape.name) ?? []));
  return {
    sheets,
    workbookName: caps.workbookName ? meter.context.workbook.name : null,
    syncs: meter.count - start,
    tooLarge,
  };
}
