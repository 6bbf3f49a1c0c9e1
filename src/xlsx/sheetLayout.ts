// Laying collected cells out as the core's SheetGrid, plus merged areas and the protection flag (found among the
// worksheet's top-level elements the reading pass listed).
import type { CellValue, MergedArea, SheetGrid } from "../core";
import { parseA1 } from "../core";
import { LIMITS } from "./limits";
import type { SheetReadContext } from "./sheetReader";
import type { OutlineEntry } from "./sheetScan";
import { findElements, getAttr } from "./xml";

/** Accumulated cells before the grid is laid out. */
export interface CellList {
  rows: number[];
  cols: number[];
  values: CellValue[];
  formats: (string | null)[];
  formulas: (string | null)[];
}

/** The slots a grid of these cells takes: per row, from the first used column to the row's last cell. */
function slotCount(list: CellList, minRow: number, height: number, minCol: number): number {
  const last = new Int32Array(height);
  for (let i = 0; i < list.rows.length; i++) {
    const r = list.rows[i] - minRow;
    const end = list.cols[i] - minCol + 1;
    if (last[r] < end) last[r] = end;
  }
  let n = 0;
  for (let r = 0; r < height; r++) n += last[r];
  return n;
}

/** The first used row and column of the collected cells, and how many rows they span. */
function extentOf(list: CellList): { origin: { row: number; col: number }; height: number } {
  if (!list.rows.length) return { origin: { row: 0, col: 0 }, height: 0 };
  let minRow = Infinity;
  let maxRow = -1;
  let minCol = Infinity;
  for (let i = 0; i < list.rows.length; i++) {
    if (list.rows[i] < minRow) minRow = list.rows[i];
    if (list.rows[i] > maxRow) maxRow = list.rows[i];
    if (list.cols[i] < minCol) minCol = list.cols[i];
  }
  return { origin: { row: minRow, col: minCol }, height: maxRow - minRow + 1 };
}

/** The cells placed in rows from `origin` (values' holes filled with null); formulas only when there are any. */
function placeCells(list: CellList, origin: { row: number; col: number }, height: number) {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  for (let i = 0; i < height; i++) {
    values.push([]);
    formats.push([]);
    formulas.push([]);
  }
  let hasFormula = false;
  for (let i = 0; i < list.rows.length; i++) {
    const r = list.rows[i] - origin.row;
    const c = list.cols[i] - origin.col;
    values[r][c] = list.values[i];
    formats[r][c] = list.formats[i];
    if (list.formulas[i] !== null) {
      formulas[r][c] = list.formulas[i];
      hasFormula = true;
    }
  }
  for (let r = 0; r < height; r++) fillHoles(values[r], null);
  return { values, formats, formulas: hasFormula ? formulas : null };
}

/** Lays the collected cells out as a grid (origin = first used row and column), with merges and protection. */
export function layOut(
  xml: string,
  p: string,
  outline: readonly OutlineEntry[],
  ctx: SheetReadContext,
  list: CellList,
  errors: Set<string>,
): SheetGrid {
  const { origin, height } = extentOf(list);
  ctx.budget.layOut(height);
  ctx.budget.layOut(list.rows.length ? slotCount(list, origin.row, height, origin.col) : 0);
  const { values, formats, formulas } = placeCells(list, origin, height);
  const mergeBlock = outline.find((e) => e.name === p + "mergeCells");
  const grid: SheetGrid = { name: ctx.name, values, formats, merges: readMerges(xml, mergeBlock, p, ctx), origin };
  if (formulas) grid.formulas = formulas;
  if (errors.size) grid.errors = errors;
  const protection = outline.find((e) => e.name === p + "sheetProtection");
  if (protection) {
    const flag = getAttr(xml.slice(protection.start, protection.openEnd), "sheet");
    if (flag === "1" || flag === "true") grid.protected = true;
  }
  return grid;
}

function fillHoles<T>(row: T[], empty: T): void {
  for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = empty;
}

/** The merged areas of a sheet part's <mergeCells> element. */
function readMerges(xml: string, block: OutlineEntry | undefined, p: string, ctx: SheetReadContext): MergedArea[] {
  if (!block || block.selfClosing) return [];
  const out: MergedArea[] = [];
  const spans = findElements(xml, p + "mergeCell", block.openEnd, block.closeStart);
  ctx.budget.count(spans.length, { kind: "merges", sheet: ctx.name, limit: LIMITS.merges });
  for (const span of spans) {
    const ref = getAttr(xml.slice(span.start, span.openEnd), "ref") ?? "";
    const [a, b] = ref.split(":");
    const tl = parseA1(a ?? "");
    const br = b ? parseA1(b) : tl;
    if (tl && br) out.push({ r1: tl.row, c1: tl.col, r2: br.row, c2: br.col });
  }
  return out;
}
