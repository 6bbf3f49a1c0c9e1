// Subtotal rows (spec §1 amendment 4): a row with its own level-1 or level-2 text, no level-3 name, no target or
// completed value, and a 分值 equal to the sum of its block's weights (一、产出指标 | | | 63) is not an indicator. A
// row labelled 小计 in the level-3 column under a block (| | 小计 | | | 50) is its subtotal the same way.
import { cellAt, type CellValue, type SheetGrid } from "../grid";
import type { ColumnRole } from "./headerTerms";
import type { SubtotalLayout } from "./layout";
import type { MergeIndex } from "./merges";
import { splitLevel1 } from "./readTable";
import { isBlank } from "./sheetRows";

interface RowFacts {
  row: number;
  level1: string;
  level2: string;
  /** 1 or 2 when the row may be a subtotal of its level-1 / level-2 block, else 0. */
  candidate: 0 | 1 | 2;
  /** Labelled 小计 in the level-3 column: a subtotal of the level-1 block above it, or else of its level-2 block. */
  labelled: boolean;
  weight: number | null;
}

function weightOf(v: CellValue): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" && /^\s*\d+(\.\d+)?\s*分?\s*$/.test(v)) return parseFloat(v);
  return null;
}

/** The row's own text in `col` (not one merged down from a row above), or "". */
function ownText(sheet: SheetGrid, merges: MergeIndex, row: number, col: number | undefined): string {
  if (col === undefined) return "";
  const a = merges.anchor(row, col);
  if (a.row !== row) return "";
  const v = cellAt(sheet, a.row, a.col);
  return isBlank(v) ? "" : String(v);
}

function anchored(sheet: SheetGrid, merges: MergeIndex, row: number, col: number | undefined): CellValue {
  if (col === undefined) return null;
  const a = merges.anchor(row, col);
  return cellAt(sheet, a.row, a.col);
}

/** A level-3 cell that says it holds a subtotal (小计, 小 计). */
const SUBTOTAL_LABEL = /^\s*小\s*计\s*[:：]?\s*$/;

/** Whether the row's level-3 cell is labelled 小计 and its target and completed value are empty. */
function labelledSubtotal(
  sheet: SheetGrid,
  merges: MergeIndex,
  cols: Partial<Record<ColumnRole, number>>,
  row: number,
): boolean {
  if (!SUBTOTAL_LABEL.test(String(anchored(sheet, merges, row, cols.level3) ?? ""))) return false;
  return [cols.target, cols.actual].every((c) => isBlank(anchored(sheet, merges, row, c)));
}

function factsOf(
  sheet: SheetGrid,
  merges: MergeIndex,
  cols: Partial<Record<ColumnRole, number>>,
  rows: readonly number[],
): RowFacts[] {
  let level1 = "";
  let level2 = "";
  return rows.map((row) => {
    const own1 = ownText(sheet, merges, row, cols.level1);
    const own2 = ownText(sheet, merges, row, cols.level2);
    if (own1) [level1, level2] = [splitLevel1(own1).name, ""];
    if (own2) level2 = splitLevel1(own2).name;
    const weight = weightOf(anchored(sheet, merges, row, cols.weight));
    const bare = [cols.level3, cols.target, cols.actual].every((c) => isBlank(anchored(sheet, merges, row, c)));
    const labelled = !own1 && !own2 && labelledSubtotal(sheet, merges, cols, row);
    const candidate = (bare || labelled) && weight !== null ? (own2 ? 2 : own1 || labelled ? 1 : 0) : 0;
    return { row, level1, level2, candidate, weight, labelled };
  });
}

/** Splits a table's rows into indicators and subtotals (block sums in one pass: linear in the rows). */
export function splitSubtotals(
  sheet: SheetGrid,
  merges: MergeIndex,
  cols: Partial<Record<ColumnRole, number>>,
  rows: readonly number[],
): { indicators: number[]; subtotals: SubtotalLayout[] } {
  if (cols.weight === undefined || (cols.level1 === undefined && cols.level2 === undefined))
    return { indicators: [...rows], subtotals: [] };
  // a subtotal's name, target and completed value cells are empty as stored: most tables have no such row
  const bare = (r: number) =>
    [cols.level3, cols.target, cols.actual].every((c) => c === undefined || isBlank(cellAt(sheet, r, c))) ||
    (cols.level3 !== undefined && SUBTOTAL_LABEL.test(String(cellAt(sheet, r, cols.level3) ?? "")));
  if (!rows.some(bare)) return { indicators: [...rows], subtotals: [] };
  const facts = factsOf(sheet, merges, cols, rows);
  const blocks = new Map<string, { sum: number; rows: number[] }>();
  const keysOf = (f: RowFacts) => [`1\u0001${f.level1}`, `2\u0001${f.level1}\u0001${f.level2}`];
  for (const f of facts) {
    if (f.candidate !== 0) continue;
    for (const k of keysOf(f)) {
      const b = blocks.get(k) ?? { sum: 0, rows: [] };
      b.sum += Math.round((f.weight ?? 0) * 100);
      b.rows.push(f.row);
      blocks.set(k, b);
    }
  }
  const subtotals: SubtotalLayout[] = [];
  for (const f of facts) {
    if (f.candidate === 0) continue;
    const levels: (1 | 2)[] = f.labelled ? [1, 2] : [f.candidate as 1 | 2];
    const level = levels.find((l) => blocks.get(keysOf(f)[l - 1])?.sum === Math.round(f.weight! * 100));
    if (level !== undefined) {
      const members = blocks.get(keysOf(f)[level - 1])!.rows;
      subtotals.push({ row: f.row, level, name: level === 1 ? f.level1 : f.level2, members });
    }
  }
  const taken = new Set(subtotals.map((s) => s.row));
  return { indicators: rows.filter((r) => !taken.has(r)), subtotals };
}
