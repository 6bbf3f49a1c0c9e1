// The read phase: one batch for the sheet list and the active sheet, one more only for other sheets.
import type { MergedArea, SheetGrid, WorkbookGrid } from "../core";
import { AnnotationIndex } from "./annotations";
import { isCellEditModeError, isPayloadLimitError, officeErrorCode } from "./officeErrors";
import type { ExcelCapabilities } from "./requirements";
import { applyVisibility, queueVisibility, type QueuedVisibility } from "./hiddenCells";
import { buildSheetGrid, mergesFromAddresses, type LoadedBlock } from "./sheetGrid";
import type { SyncMeter } from "./syncMeter";
import { READ_BUDGET_BYTES, readWorkbookInBlocks } from "./readInBlocks";
import { hostText, type HostLang } from "./messages";

/** What the read phase hands to the scorer and the writer. */
export interface WorkbookRead {
  grid: WorkbookGrid;
  /** Workbook.name (ExcelApi 1.7), else null. */
  workbookName: string | null;
  annotations: AnnotationIndex;
  notices: string[];
  /** Set when a sheet's used range was too large to read: the refusal to show (nothing may be written). */
  tooLarge: string | null;
}

interface QueuedSheet {
  name: string;
  isProtected: boolean;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
  visibility: QueuedVisibility;
}

/** Queues the used range (values, number formats, formulas, address) and merged areas of one sheet. */
function queueSheet(
  ws: Excel.Worksheet,
  name: string,
  isProtected: boolean,
  caps: ExcelCapabilities,
  withMerges: boolean,
): QueuedSheet {
  const used = caps.usedRangeOrNull
    ? ws.getUsedRangeOrNullObject(true)
    : caps.valuesOnlyUsedRange
      ? ws.getUsedRange(true)
      : ws.getUsedRange();
  used.load("address,values,numberFormat,formulas");
  const merged = withMerges && caps.mergedAreas ? ws.getRange().getMergedAreasOrNullObject() : null;
  merged?.load("areas/items/address");
  // the rows of the same used range, from a range that is never a null object (an empty sheet's is A1)
  const visibility = queueVisibility(caps, () => ws.getUsedRange(true), used);
  return { name, isProtected, used, merged, visibility };
}

/** Builds the grid of a synced sheet. */
function sheetFrom(q: QueuedSheet): SheetGrid {
  const merges: MergedArea[] =
    q.merged && !q.merged.isNullObject ? mergesFromAddresses(q.merged.areas.items.map((a) => a.address)) : [];
  if (q.used.isNullObject) return buildSheetGrid(q.name, [], merges, q.isProtected);
  const block: LoadedBlock = {
    address: q.used.address,
    values: q.used.values,
    numberFormat: q.used.numberFormat,
    formulas: q.used.formulas,
  };
  const grid = buildSheetGrid(q.name, [block], merges, q.isProtected);
  applyVisibility(grid, [q.visibility]);
  return grid;
}

async function readOnce(meter: SyncMeter, caps: ExcelCapabilities, annotations: AnnotationIndex, withMerges: boolean) {
  const context = meter.context;
  const worksheets = context.workbook.worksheets;
  worksheets.load(caps.protection ? "items/name,items/protection/protected" : "items/name");
  const active = worksheets.getActiveWorksheet().load("name");
  // The active sheet's name is unknown until the sync; it is matched up afterwards.
  const activeQueued = queueSheet(active, "", false, caps, withMerges);
  if (caps.workbookName) context.workbook.load("name");
  annotations.queueList(context);
  await meter.sync();

  const names = worksheets.items.map((ws) => ws.name);
  const protectedOf = new Map(
    worksheets.items.map((ws) => [ws.name, caps.protection ? ws.protection.protected : false]),
  );
  const activeSheet = { ...activeQueued, name: active.name, isProtected: protectedOf.get(active.name) ?? false };
  const others = worksheets.items
    .filter((ws) => ws.name !== active.name)
    .map((ws) => queueSheet(ws, ws.name, protectedOf.get(ws.name) ?? false, caps, withMerges));
  if (others.length > 0) {
    // The second read carries the other sheets and, when there are any, the locations of notes/comments.
    const finishLocate = annotations.count > 0 ? annotations.queueLocate() : null;
    await meter.sync();
    finishLocate?.();
  }
  const byName = new Map([activeSheet, ...others].map((q) => [q.name, sheetFrom(q)]));
  const sheets = names.map((n) => byName.get(n)!).filter(Boolean);
  return { sheets, workbookName: caps.workbookName ? context.workbook.name : null };
}

/** What one attempt at reading the workbook gives. */
type SheetsRead = {
  sheets: SheetGrid[];
  workbookName: string | null;
  tooLarge?: { sheet: string; cells: number } | null;
};

/** Reads every sheet into a WorkbookGrid: 1 sync for a one-sheet workbook, 2 when it has more sheets or our notes. */
export async function readWorkbook(
  meter: SyncMeter,
  caps: ExcelCapabilities,
  noteKind: "note" | "comment" | "none",
  fallbackName: string,
  lang: HostLang = "zh",
  readBudget: number = READ_BUDGET_BYTES,
): Promise<WorkbookRead> {
  const notices: string[] = [];
  const { result, annotations } = await readWithFallbacks(meter, caps, noteKind, notices, lang, readBudget);
  // A workbook scored before: the cells holding our notes must be known before scoring (the plan unmarks them).
  if (annotations.hasOurText) await annotations.locate(meter);
  for (const sheet of result.sheets) {
    const own = annotations.ownCells(sheet.name);
    if (own.length) sheet.ownNotes = own;
  }
  const name = result.workbookName || fallbackName;
  const big = result.tooLarge;
  const tooLarge = big
    ? hostText(lang).readTooLarge({ sheet: big.sheet, cells: big.cells.toLocaleString("en-US") })
    : null;
  return { grid: { name, sheets: result.sheets }, workbookName: result.workbookName, annotations, notices, tooLarge };
}

/** One read, and when Excel refuses it the fallback it allows (said in `notices`): row blocks past the payload or
 *  range limit, no merged areas past their limit; each attempt with a fresh annotation index. */
async function readWithFallbacks(
  meter: SyncMeter,
  caps: ExcelCapabilities,
  noteKind: "note" | "comment" | "none",
  notices: string[],
  lang: HostLang,
  readBudget: number,
): Promise<{ result: SheetsRead; annotations: AnnotationIndex }> {
  let annotations = new AnnotationIndex(noteKind);
  let result: SheetsRead;
  try {
    result = await readOnce(meter, caps, annotations, true);
  } catch (error) {
    if (isCellEditModeError(error)) throw error;
    annotations = new AnnotationIndex(noteKind);
    // Over 5 MB (Excel on the web) or over 5,000,000 cells in one range (RangeExceedsLimit, every platform): row blocks.
    const rangeLimit = officeErrorCode(error) === "RangeExceedsLimit";
    if (isPayloadLimitError(error) || rangeLimit) {
      const blocks = await readWorkbookInBlocks(meter, caps, annotations, rangeLimit ? readBudget : READ_BUDGET_BYTES);
      if (!blocks.tooLarge) notices.push(hostText(lang).readChunked({ n: blocks.syncs }));
      result = blocks;
    } else if (caps.mergedAreas) {
      // Excel refuses getMergedAreas above 512 areas and fails the whole batch: read again without merges.
      result = await readOnce(meter, caps, annotations, false);
      notices.push(hostText(lang).mergesSkipped());
    } else {
      throw error;
    }
  }
  return { result, annotations };
}
