// Turns what Excel returns for a used range (address, values, number formats, formulas) into a SheetGrid.
import type { CellValue, MergedArea, SheetGrid } from "../core";
import { parseRangeAddress } from "./addresses";

const ERROR_VALUE =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/** The loaded contents of one block of a sheet. */
export interface LoadedBlock {
  address: string;
  values: unknown[][];
  numberFormat: unknown[][];
  formulas: unknown[][] | null;
}

/** A raw Excel value as a grid value: "" becomes empty, everything else stays. */
export function toCellValue(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

/** A grid's rows as the blocks are placed into them. */
interface GridRows {
  values: CellValue[][];
  formats: (string | null)[][];
  formulas: (string | null)[][];
  /** Cells holding an Excel error value ("row,col", absolute). */
  errors: Set<string>;
  anyFormula: boolean;
}

/** Builds a sheet grid from one or more row blocks of the used range (blocks in any order, same columns). */
export function buildSheetGrid(
  name: string,
  blocks: LoadedBlock[],
  merges: MergedArea[],
  isProtected: boolean,
): SheetGrid {
  const rects = blocks.map((b) => parseRangeAddress(b.address));
  if (blocks.length === 0 || rects.some((r) => r === null)) {
    return { name, values: [], merges, origin: { row: 0, col: 0 }, protected: isProtected };
  }
  const origin = { row: Math.min(...rects.map((r) => r!.r1)), col: Math.min(...rects.map((r) => r!.c1)) };
  const rows: GridRows = { values: [], formats: [], formulas: [], errors: new Set(), anyFormula: false };
  blocks.forEach((block, k) => placeBlock(block, rects[k]!, origin.row, rows));
  const { values, formats, formulas, errors } = rows;
  for (let r = 0; r < values.length; r++) {
    values[r] ??= [];
    formats[r] ??= [];
    formulas[r] ??= [];
  }
  const grid: SheetGrid = { name, values, formats, merges, origin, protected: isProtected };
  if (rows.anyFormula) grid.formulas = formulas;
  if (errors.size > 0) grid.errors = errors;
  return grid;
}

/** Places the rows of one block (at `rect` on the sheet) into `rows`, the grid starting at sheet row `firstRow`. */
function placeBlock(block: LoadedBlock, rect: { r1: number; c1: number }, firstRow: number, rows: GridRows): void {
  block.values.forEach((row, i) => {
    const r = rect.r1 - firstRow + i;
    rows.values[r] = row.map((v, j) => {
      const cell = toCellValue(v);
      if (typeof cell === "string" && ERROR_VALUE.test(cell)) rows.errors.add(`${rect.r1 + i},${rect.c1 + j}`);
      return cell;
    });
    rows.formats[r] = (block.numberFormat[i] ?? []).map((f) => (typeof f === "string" && f !== "General" ? f : null));
    rows.formulas[r] = (block.formulas?.[i] ?? []).map((f) => {
      if (typeof f === "string" && f.startsWith("=")) {
        rows.anyFormula = true;
        return f.slice(1);
      }
      return null;
    });
  });
}

/** Parses merged-area addresses into 0-based rectangles. */
export function mergesFromAddresses(addresses: string[]): MergedArea[] {
  const out: MergedArea[] = [];
  for (const address of addresses) {
    const r = parseRangeAddress(address);
    if (r) out.push({ r1: r.r1, c1: r.c1, r2: r.r2, c2: r.c2 });
  }
  return out;
}
