// Which header columns are the level-1, level-2 and level-3 columns (spec §1 amendment 4): a column that labels the
// whole block (one merged area, or one text repeated, over every indicator row) is not a level column, and level-3
// is the right-most level column whose texts differ row by row.
import { cellAt, type SheetGrid } from "../grid";
import type { PlacedHeader } from "./headerBand";
import type { MergeIndex } from "./merges";

/** The level columns of a table, and the block-label columns left out. */
export interface LevelColumns {
  level1?: number;
  level2?: number;
  level3?: number;
  blockLabels: PlacedHeader[];
}

function textAt(sheet: SheetGrid, merges: MergeIndex, row: number, col: number): string {
  const a = merges.anchor(row, col);
  const v = cellAt(sheet, a.row, a.col);
  return v === null ? "" : String(v).trim();
}

/** One merged area over every row, or one text repeated on every row (two rows at least). */
function labelsBlock(sheet: SheetGrid, merges: MergeIndex, col: number, rows: readonly number[]): boolean {
  if (rows.length < 2) return false;
  const first = rows[0];
  const last = rows[rows.length - 1];
  const area = merges.areaAt(first, col);
  if (area && area.r1 <= first && area.r2 >= last) return true;
  const text = textAt(sheet, merges, first, col);
  return text !== "" && rows.every((r) => textAt(sheet, merges, r, col) === text);
}

function differs(sheet: SheetGrid, merges: MergeIndex, col: number, rows: readonly number[]): boolean {
  const seen = new Set<string>();
  for (const r of rows) {
    seen.add(textAt(sheet, merges, r, col));
    if (seen.size > 1) return true;
  }
  return false;
}

/** Sorts a header's level columns out over the table's indicator rows. */
export function levelColumns(
  sheet: SheetGrid,
  merges: MergeIndex,
  levels: readonly PlacedHeader[],
  rows: readonly number[],
): LevelColumns {
  const blockLabels = levels.filter((l) => labelsBlock(sheet, merges, l.col, rows));
  const candidates = levels.filter((l) => !blockLabels.includes(l));
  const out: LevelColumns = { blockLabels: [] };
  const pool = candidates.length > 0 ? candidates : levels.slice(-1);
  const rightFirst = [...pool].reverse();
  const named =
    rightFirst.find((l) => differs(sheet, merges, l.col, rows)) ??
    rightFirst.find((l) => l.role === "level3") ??
    rightFirst[0];
  if (!named) return { blockLabels };
  out.level3 = named.col;
  const left = pool.filter((l) => l.col < named.col);
  for (const l of left)
    if ((l.role === "level1" || l.role === "level2") && out[l.role] === undefined) out[l.role] = l.col;
  // generic names (绩效指标, 指标名称) left of level-3 fill level-2, then level-1, from the nearest
  for (const l of [...left].reverse()) {
    if (l.role !== "level3") continue;
    if (out.level2 === undefined && (out.level1 === undefined || l.col > out.level1)) out.level2 = l.col;
    else if (out.level1 === undefined && (out.level2 === undefined || l.col < out.level2)) out.level1 = l.col;
  }
  // a block label keeps an explicit level-1 / level-2 header when no other column has that role
  for (const l of blockLabels) {
    if ((l.role === "level1" || l.role === "level2") && out[l.role] === undefined) out[l.role] = l.col;
    else out.blockLabels.push(l);
  }
  return out;
}
