// Laying collected cells out as the core's SheetGrid, plus merged areas and the protection flag.
import type { CellValue, MergedArea, SheetGrid } from "../core/grid";
import { parseA1 } from "../core/grid";
import { findElement, findElements, findTag, getAttr } from "./xml";

/** Accumulated cells before the grid is laid out. */
export interface CellList {
  rows: number[];
  cols: number[];
  values: CellValue[];
  formats: (string | null)[];
  formulas: (string | null)[];
}

/** Lays the collected cells out as a grid (origin = first used row and column), with merges and protection. */
export function layOut(xml: string, p: string, name: string, list: CellList, errors: Set<string>): SheetGrid {
  let minRow = Infinity;
  let maxRow = -1;
  let minCol = Infinity;
  for (let i = 0; i < list.rows.length; i++) {
    if (list.rows[i] < minRow) minRow = list.rows[i];
    if (list.rows[i] > maxRow) maxRow = list.rows[i];
    if (list.cols[i] < minCol) minCol = list.cols[i];
  }
  const origin = list.rows.length ? { row: minRow, col: minCol } : { row: 0, col: 0 };
  const height = list.rows.length ? maxRow - minRow + 1 : 0;
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
  const grid: SheetGrid = { name, values, formats, merges: readMerges(xml, p), origin };
  if (hasFormula) grid.formulas = formulas;
  if (errors.size) grid.errors = errors;
  const protection = findTag(xml, p + "sheetProtection");
  if (protection >= 0) {
    const flag = getAttr(xml.slice(protection, xml.indexOf(">", protection) + 1), "sheet");
    if (flag === "1" || flag === "true") grid.protected = true;
  }
  return grid;
}

function fillHoles<T>(row: T[], empty: T): void {
  for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = empty;
}

/** The merged areas of a sheet part. */
export function readMerges(xml: string, p: string): MergedArea[] {
  const block = findElement(xml, p + "mergeCells");
  if (!block || block.selfClosing) return [];
  const out: MergedArea[] = [];
  for (const span of findElements(xml, p + "mergeCell", block.openEnd, block.closeStart)) {
    const ref = getAttr(xml.slice(span.start, span.openEnd), "ref") ?? "";
    const [a, b] = ref.split(":");
    const tl = parseA1(a ?? "");
    const br = b ? parseA1(b) : tl;
    if (tl && br) out.push({ r1: tl.row, c1: tl.col, r2: br.row, c2: br.col });
  }
  return out;
}
