// applyPlan: writes a plan's cells into the workbook and returns new .xlsx bytes. Only the written sheets,
// their rels, styles, comments/VML and content types change; every other part is copied byte for byte.
import { a1Range, type SheetGrid } from "../core/grid";
import { MARK_FILLS, type CellWrite } from "../core/plan";
import type { Severity } from "../core/report";
import type { NoteWrite } from "./comments";
import { XlsxError, xlsxErrors } from "./errors";
import { removeStaleNotes, writeNotes } from "./notesWriter";
import { PackageEditor } from "./packageEditor";
import { CONTENT_TYPES, addRelationships, freeRelId, isRelType, parseRels, relativeTarget, REL_TYPES, relsPathOf, removeRelationship } from "./parts";
import type { XlsxWorkbook } from "./readWorkbook";
import { MAX_ROWS } from "./sheetReader";
import type { ArrayRange } from "./sheetArrays";
import { forgetOutlines, rememberOutline } from "./sheetScan";
import { editSheetCells, type CellEdit } from "./sheetWriter";
import { StyleEditor } from "./styleEditor";

const MAX_COLS = 16384;
const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/** All writes to one cell, merged. */
interface CellPlan {
  row: number;
  col: number;
  value?: number | string;
  numFmt?: string;
  severity?: Severity;
  notes: string[];
  /** An earlier run's note and fill are to go (the plan no longer flags the cell). */
  unmark: boolean;
}

function checkWrite(w: CellWrite, grid: SheetGrid, arrays: readonly ArrayRange[]): void {
  if (!Number.isInteger(w.row) || !Number.isInteger(w.col) || w.row < 0 || w.col < 0 || w.row >= MAX_ROWS || w.col >= MAX_COLS) {
    throw xlsxErrors.writeFailed(`单元格${w.address}的位置无效`, `invalid cell position ${w.address}`);
  }
  if (typeof w.value === "number" && !Number.isFinite(w.value)) {
    throw xlsxErrors.writeFailed(`单元格${w.address}的值不是有效数字`, `${w.address} is not a finite number`);
  }
  for (const m of grid.merges) {
    const inside = w.row >= m.r1 && w.row <= m.r2 && w.col >= m.c1 && w.col <= m.c2;
    if (inside && (w.row !== m.r1 || w.col !== m.c1)) {
      const range = a1Range(m.r1, m.c1, m.r2, m.c2);
      throw xlsxErrors.writeFailed(`单元格${w.address}位于合并区域${range}内且不是其左上角`, `${w.address} is inside merged area ${range}`);
    }
  }
  const array = w.value !== undefined ? arrays.find((r) => w.row >= r.r1 && w.row <= r.r2 && w.col >= r.c1 && w.col <= r.c2) : undefined;
  if (array) {
    const range = a1Range(array.r1, array.c1, array.r2, array.c2);
    throw xlsxErrors.writeFailed(`单元格${w.address}位于数组公式区域${range}内，写入会破坏该数组公式`, `${w.address} is inside the array formula ${range}`);
  }
}

/** Groups the writes by sheet index and cell; validates everything before any change is made. */
function planCells(wb: XlsxWorkbook, writes: readonly CellWrite[]): Map<number, Map<string, CellPlan>> {
  const bySheet = new Map<number, Map<string, CellPlan>>();
  for (const w of writes) {
    const index = wb.sheets.findIndex((s) => s.name === w.sheet);
    if (index < 0) throw xlsxErrors.writeFailed(`工作簿中没有名为“${w.sheet}”的工作表`, `no sheet named "${w.sheet}"`);
    const grid = wb.grid.sheets[index];
    if (grid.protected) throw xlsxErrors.sheetProtected(w.sheet);
    checkWrite(w, grid, wb.sheets[index].arrays);
    const cells = bySheet.get(index) ?? new Map<string, CellPlan>();
    bySheet.set(index, cells);
    const key = `${w.row},${w.col}`;
    const cell = cells.get(key) ?? { row: w.row, col: w.col, notes: [], unmark: false };
    cells.set(key, cell);
    if (w.value !== undefined) cell.value = w.value;
    if (w.unmark) cell.unmark = true;
    if (w.numFmt !== undefined) cell.numFmt = w.numFmt;
    if (w.mark) {
      if (!cell.severity || SEVERITY_RANK[w.mark.severity] > SEVERITY_RANK[cell.severity]) cell.severity = w.mark.severity;
      if (w.mark.note && !cell.notes.includes(w.mark.note)) cell.notes.push(w.mark.note);
    }
  }
  return bySheet;
}

function dropCalcChain(wb: XlsxWorkbook, pkg: PackageEditor): void {
  if (!wb.calcChainPath) return;
  pkg.remove(wb.calcChainPath);
  pkg.dropOverride(wb.calcChainPath);
  const relsPath = relsPathOf(wb.workbookPath);
  const xml = pkg.text(relsPath);
  if (!xml) return;
  const rel = parseRels(xml, wb.workbookPath).find((r) => isRelType(r, "calcChain"));
  if (rel) pkg.set(relsPath, removeRelationship(xml, rel.id));
}

function saveStyles(wb: XlsxWorkbook, pkg: PackageEditor, styles: StyleEditor): void {
  if (!styles.changed) return;
  if (!styles.created && wb.stylesPath) {
    pkg.set(wb.stylesPath, styles.toXml());
    return;
  }
  const dir = wb.workbookPath.includes("/") ? wb.workbookPath.slice(0, wb.workbookPath.lastIndexOf("/") + 1) : "";
  const path = `${dir}styles.xml`;
  const relsPath = relsPathOf(wb.workbookPath);
  const relsXml = pkg.text(relsPath);
  const id = freeRelId(relsXml ? parseRels(relsXml, wb.workbookPath) : []);
  pkg.set(path, styles.toXml());
  pkg.set(relsPath, addRelationships(relsXml, [{ id, type: REL_TYPES.styles, target: relativeTarget(wb.workbookPath, path) }]));
  pkg.addOverride(path, CONTENT_TYPES.styles);
}

/** Optional settings of applyPlan. */
export interface ApplyOptions {
  /** Raw deflate for changed parts; default fflate. The command line may pass node:zlib's deflateRawSync. */
  deflateRaw?: (data: Uint8Array) => Uint8Array;
}

function applyUnchecked(wb: XlsxWorkbook, writes: readonly CellWrite[], options: ApplyOptions): Uint8Array {
  const bySheet = planCells(wb, writes);
  if (!bySheet.size) return wb.zip.bytes.slice();
  if (wb.strict) throw xlsxErrors.strict(wb.fileName);
  const pkg = new PackageEditor(wb);
  const styles = new StyleEditor(wb.stylesPath ? wb.partText(wb.stylesPath) : null);
  let formulasRemoved = 0;
  for (const [index, cells] of bySheet) {
    const sheet = wb.sheets[index];
    const edits: CellEdit[] = [];
    const notes: NoteWrite[] = [];
    const stale: CellPlan[] = [];
    for (const cell of cells.values()) {
      const fill = cell.severity ? MARK_FILLS[cell.severity] : undefined;
      const unmark = cell.unmark && !fill;
      const restyle = cell.numFmt !== undefined || fill !== undefined || unmark
        ? (current: number) => styles.styleFor(unmark ? styles.unmarked(current) : current, cell.numFmt, fill)
        : undefined;
      const existingOnly = unmark && cell.value === undefined && cell.numFmt === undefined;
      edits.push({ row: cell.row, col: cell.col, value: cell.value, restyle, existingOnly });
      if (cell.notes.length) notes.push({ row: cell.row, col: cell.col, text: cell.notes.join("\n") });
      if (unmark && !cell.notes.length) stale.push(cell);
    }
    const original = pkg.text(sheet.path) ?? "";
    rememberOutline(original, sheet.outline);
    const result = editSheetCells(original, edits);
    formulasRemoved += result.formulasRemoved;
    const unnoted = removeStaleNotes(pkg, sheet.path, result.xml, stale, notes.length > 0);
    pkg.set(sheet.path, writeNotes(pkg, sheet.path, unnoted, notes));
  }
  saveStyles(wb, pkg, styles);
  if (formulasRemoved) dropCalcChain(wb, pkg);
  return pkg.toBytes(options.deflateRaw);
}

/** Applies the plan's writes; throws XlsxError (SHEET_PROTECTED, WRITE_FAILED) before changing anything. */
export function applyPlan(wb: XlsxWorkbook, writes: readonly CellWrite[], options: ApplyOptions = {}): Uint8Array {
  try {
    return applyChecked(wb, writes, options);
  } finally {
    forgetOutlines();
  }
}

function applyChecked(wb: XlsxWorkbook, writes: readonly CellWrite[], options: ApplyOptions): Uint8Array {
  try {
    return applyUnchecked(wb, writes, options);
  } catch (e) {
    if (e instanceof XlsxError) throw e;
    const detail = e instanceof Error ? e.message : String(e);
    throw xlsxErrors.writeFailed(`工作簿结构异常（${detail}）`, `unexpected workbook structure (${detail})`);
  }
}
